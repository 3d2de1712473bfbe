/**
 * Matching a municipality by any name it is known by: as the source writes it (札幌市, 北海道札幌市),
 * in English (Sapporo), romanised (Sapporo-shi, Sapporo-shi without macrons: Tokyo-to for Tōkyō-to)
 * or in kana with or without its suffix (さっぽろし, さっぽろ, サッポロ). Case, width, macrons and
 * katakana/hiragana do not matter. One definition, used by `municipalities(filter: { name, nameMatch })`,
 * the `prefecture` filters and anything else that matches names; the names a place answers to are
 * joined in one place, the loader's `matchNames` column.
 */
import { toHiragana } from 'wanakana';

/** A name as stored and compared: NFKC, lower case, macrons dropped, katakana as hiragana. */
function normalizeName(name: string): string {
  const plain = name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\u0304/g, '')
    .normalize('NFC')
    .toLowerCase()
    .trim();
  // Only kana are converted; wanakana would also turn Latin letters into kana.
  return plain.replace(/[\u30a1-\u30f6ー]+/g, (k) => toHiragana(k, { passRomaji: true }));
}

/** The `matchNames` column: every name, normalised, between bars ("|札幌市|北海道札幌市|sapporo|"). */
export function matchNamesOf(names: ReadonlyArray<string | null | undefined>): string {
  const unique = [...new Set(names.filter((n): n is string => !!n).map(normalizeName))].filter((n) => n && !n.includes('|'));
  return `|${unique.join('|')}|`;
}

/** How a name is matched against every name a place is known by. */
export type NameMatchMode = 'equals' | 'startsWith' | 'contains';

/**
 * The LIKE pattern (wildcards escaped with a backslash) over the `matchNames` column that finds the places
 * with a name equal to, starting with, or containing `name`; null when no name can match (an
 * empty whole name, or a bar, the column's separator). An empty start or part matches every place.
 */
export function matchNamesPattern(mode: NameMatchMode, name: string): string | null {
  const wanted = normalizeName(name);
  if (wanted.includes('|') || (mode === 'equals' && !wanted)) return null;
  const literal = wanted.replace(/[\\%_]/g, (c) => `\\${c}`);
  if (mode === 'equals') return `%|${literal}|%`;
  if (mode === 'startsWith') return `%|${literal}%`;
  return `%${literal}%`;
}
