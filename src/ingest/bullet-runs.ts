/**
 * Splitting a run of "・"-bulleted items that the PDF extraction printed on one line
 * (`<ul>・A・B・C`). The same dot also joins words inside an item (訪問・受入れ,
 * 小・中学, カナダ・フェア, 版画・絵画等), so each dot is judged by what stands around it:
 *
 * 1. A dot inside brackets (「吉林省・日本国…」, （…）) never separates.
 * 2. When the run's own bullet is written with a space (" ・ 知事会議"), only dots written
 *    that way separate: the sheet shows its separators.
 * 3. When the run is a list of sentences (it ends with 。 and a dot follows a 。), only the
 *    dots after a sentence end or a closing bracket separate.
 * 4. Otherwise a dot after a closing bracket or a sentence end separates, and a dot joins
 *    words when it stands between the words of a name written in kana or Latin letters
 *    (イッシー・レ・ムリノー, ふくしま・BC), after a one-kanji word (小・中, 府・市), after a
 *    word that follows 、 (…し、教育・文化について), between two place names (大連市・琿春市),
 *    or before a short word that ends the piece or is followed by 等/など (派遣・受入れ,
 *    版画・絵画等). Every other dot separates.
 */

const OPEN = '「『（(【〔"';
const CLOSE = '」』）)】〕"';
const SENTENCE_END = '。';
const PLACE_SUFFIX = '市省県州町村区道郡';

const isKanji = (c: string) => /[\u4E00-\u9FFF\u3005々〆]/.test(c);
const isHiragana = (c: string) => /[\u3041-\u309F]/.test(c);
const isKatakana = (c: string) => /[\u30A1-\u30FAー]/.test(c);
const isLatin = (c: string) => /[A-Za-z]/.test(c);
const isDigit = (c: string) => /[0-9]/.test(c);

/** Dots of `text` outside brackets. */
function dotsOutsideBrackets(text: string): number[] {
  const dots: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPEN.includes(c) && c !== '"') depth++;
    else if (CLOSE.includes(c) && c !== '"') depth = Math.max(0, depth - 1);
    else if (c === '・' && depth === 0) dots.push(i);
  }
  return dots;
}

/** The run of characters of one class ending just before `i` (digits count with kanji: 1名). */
function wordBefore(text: string, i: number): { word: string; before: string } {
  let j = i;
  const cls = (c: string) => (isKanji(c) || isDigit(c) ? 'k' : isHiragana(c) ? 'h' : isKatakana(c) || isLatin(c) ? 'a' : 'x');
  const k = cls(text[i - 1] ?? '');
  while (j > 0 && cls(text[j - 1]) === k && k !== 'x') j--;
  return { word: text.slice(j, i), before: text[j - 1] ?? '' };
}

/** Does the dot at `i` join two words (true) or separate two items (false)? */
function joinsWords(text: string, i: number, nextDot: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (CLOSE.includes(prev) || prev === SENTENCE_END || OPEN.includes(next)) return false;
  const left = wordBefore(text, i);
  // A name in kana or Latin letters: カナダ・フェア, イッシー・レ・ムリノー, ふくしま・BC (not okurigana: 受入れ・イッシー).
  const kanaName = (isKatakana(prev) || isLatin(prev)) && (isKatakana(next) || isLatin(next));
  const hiraganaWord = isHiragana(prev) && !isKanji(left.before) && (isLatin(next) || isKatakana(next));
  if (kanaName || hiraganaWord) return true;
  // Places named in a row: 大連市・琿春市に…, 吉林省・黒竜江省.
  if (PLACE_SUFFIX.includes(prev) && /^[\u4E00-\u9FFF\u30A1-\u30FAー]{1,8}[市省県州町村区道郡]/.test(text.slice(i + 1))) return true;
  if (!isKanji(prev) || !isKanji(next)) return false;
  if (left.word.length === 1 && !isDigit(left.before)) return true; // 小・中学, 府・市
  if (left.before === '、') return true; // …し、教育・文化について
  const piece = text.slice(i + 1, nextDot).trim();
  if (/^[\u4E00-\u9FFF\u3041-\u309F0-9]{1,5}$/.test(piece) && !/[のをにでがへと]/.test(piece)) return true; // 派遣・受入れ, 派遣1名・受入1名
  return /^[\u4E00-\u9FFF]{1,3}(?:等|など)/.test(piece); // 版画・絵画等, 製造・販売など
}

/**
 * Split a bullet run (text starting with ・) into its items, without their bullets.
 * Returns the items in order; their texts joined with ・ give the run back.
 */
export function splitBulletRun(run: string): string[] {
  const text = run.replace(/^\s*・/, '');
  const spaced = /^\s*・\s|^\s+・/.test(run) || /\s・/.test(text);
  const dots = dotsOutsideBrackets(text);
  const sentences = text.trim().endsWith(SENTENCE_END) && dots.some((d) => text.slice(0, d).trimEnd().endsWith(SENTENCE_END));
  const separators = dots.filter((d, n) => {
    if (spaced) return text[d - 1] === ' ' || text[d + 1] === ' ';
    const before = text.slice(0, d).trimEnd();
    if (sentences) return before.endsWith(SENTENCE_END) || CLOSE.includes(before.slice(-1));
    return !joinsWords(text, d, dots[n + 1] ?? text.length);
  });
  const items: string[] = [];
  let start = 0;
  for (const d of [...separators, text.length]) {
    const item = text.slice(start, d).trim();
    if (item) items.push(item);
    start = d + 1;
  }
  return items;
}
