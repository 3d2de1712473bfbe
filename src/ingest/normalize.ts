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
export function squashed(text: string): string {
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

/** Text of a field that the source writes as `--` (or nothing) when empty. */
export function emptyToNull(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = text.trim();
  if (t === '' || /^[-－ー―]+$/.test(t)) return null;
  return t;
}
