/**
 * One place for every repair of PDF-extraction noise in the source texts.
 *
 * Japanese stays the canonical text: these functions only undo extraction
 * defects (width variants, variant kanji, stray spaces and line breaks,
 * separators); they never translate or re-spell a name. Spelling variants of
 * real names are decided in `seeds/decisions.json`, not here.
 */

/**
 * Variant (old or Chinese simplified/traditional) kanji → the form Japanese official use prints.
 * Used for matching and for place names (keys), never for the text a field serves.
 */
export const VARIANT_KANJI: Readonly<Record<string, string>> = {
  經: '経',
  濟: '済',
  縣: '県',
  县: '県',
  龍: '竜',
  吳: '呉',
  德: '徳',
  團: '団',
  团: '団',
  來: '来',
  總: '総',
};

const VARIANT_RE = new RegExp(`[${Object.keys(VARIANT_KANJI).join('')}]`, 'g');

/** Replace variant kanji by their common Japanese forms (經濟 → 経済, 黒龍江 → 黒竜江). */
export function foldVariantKanji(text: string): string {
  return text.replace(VARIANT_RE, (ch) => VARIANT_KANJI[ch] ?? ch);
}

/**
 * Width folding: full-width ASCII (ＡＢＣ１２３（）) → half-width, half-width katakana → full-width.
 * NFKC does both, but it would also rewrite characters such as ㈱ or ①, so it is applied
 * only to the ranges that extraction garbles.
 */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => ch.normalize('NFKC'))
    .replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'))
    .replace(/\u3000/g, ' ');
}

/** Collapse runs of spaces/tabs and trim. Line breaks are kept. */
function collapseSpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The standard clean-up of a free-text field: width and spaces. Variant kanji are the
 * sheet's own characters (台湾彰化縣, 景德鎮) and stay: they are folded only for matching.
 */
export function cleanText(text: string): string {
  return collapseSpaces(foldWidth(text));
}

/** A cleaned text without the spaces extraction puts inside words ("バ ートランゲンザルツァ市"); variant kanji kept. */
function squashed(text: string): string {
  return cleanText(text).replace(/\s+/g, '');
}

/**
 * The form of a name used to compare two writings of it: cleaned, variant kanji folded
 * (縣 → 県, 德 → 徳), without any whitespace.
 */
export function nameKey(text: string): string {
  return foldVariantKanji(squashed(text));
}

/** Digits split by extraction ("3 2", "1 1") joined again: only runs of single digits separated by spaces. */
export function joinSplitDigits(text: string): string {
  return text.replace(/\d(?: \d)+/g, (run) => run.replace(/ /g, ''));
}

/** A letter of Japanese words: kanji, hiragana, katakana (not punctuation, digits or Latin letters). */
const JAPANESE_LETTER = /[\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF\u3005\u3006]/;

/**
 * Width of a row of the sheets' free text in full-width characters: the rows that the
 * extraction kept whole (5.5, line 2654; 2.16, line 1830) measure 39.5–43, and a row may be one
 * character longer or shorter where line-breaking rules move a character (。、」 never start a row).
 */
const PDF_ROW_WIDTH = { min: 39, max: 44 } as const;

/** Width in full-width characters: half-width ASCII counts one half. */
const widthOf = (text: string) => [...text].reduce((w, c) => w + (c >= ' ' && c <= '~' ? 0.5 : 1), 0);

/**
 * Spaces that the PDF extraction left inside the words of a free-text line, removed. The
 * extraction joins the rows of a paragraph with a space, which in Japanese text falls inside
 * a word ("植物や天敵生物な どの", "多文化 共生"). A space between two Japanese letters (never
 * after 。、 or a bracket, so a sentence or list boundary stays) is a row break when
 *
 * 1. the row before it, from the line's start, an HTML tag or the previous space, fills the
 *    PDF's row width (`PDF_ROW_WIDTH`): the row ended because it was full; or
 * 2. the sheet writes the same four letters around it without the space elsewhere
 *    (`sheetText`: 多文化 共生 where the same item begins 多文化共生施策): the space splits a
 *    word the sheet itself spells whole.
 *
 * Every other space is the sheet's own (宝塚市長 正司泰一郎氏, 禹 堉敏, 開催 など, English words).
 * Runs of single half-width letters or digits spaced out by the extraction ("3 7 7 T E U",
 * "P R") are joined as well.
 */
export function joinWrappedWords(line: string, sheetText: string): string {
  let out = '';
  let rowStart = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' && i > 0 && JAPANESE_LETTER.test(line[i - 1]) && JAPANESE_LETTER.test(line[i + 1] ?? '')) {
      const row = widthOf(line.slice(rowStart, i));
      const around = line.slice(Math.max(0, i - 2), i) + line.slice(i + 1, i + 3);
      const spelledWhole = around.length === 4 && [...around].every((x) => JAPANESE_LETTER.test(x)) && sheetText.includes(around);
      if ((row >= PDF_ROW_WIDTH.min && row <= PDF_ROW_WIDTH.max) || spelledWhole) {
        rowStart = i + 1;
        continue;
      }
    }
    if (c === ' ' || c === '\t' || c === '>') rowStart = i + 1;
    out += c;
  }
  return out.replace(/(?<![^\s>])[0-9A-Z,.](?: [0-9A-Z,.])+(?![^\s<])/g, (run) => run.replace(/ /g, ''));
}

/** Text of a field that the source writes as `--` (or nothing) when empty. */
export function emptyToNull(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = text.trim();
  if (t === '' || /^[-－ー―]+$/.test(t)) return null;
  return t;
}
