/**
 * Matching a municipality by any name it is known by: as the source writes it (札幌市, 北海道札幌市),
 * in English (Sapporo), romanised (Sapporo-shi, Sapporo-shi without macrons: Tokyo-to for Tōkyō-to)
 * or in kana with or without its suffix (さっぽろし, さっぽろ, サッポロ). Case, width, macrons and
 * katakana/hiragana do not matter; the match is on whole names. One definition, used by
 * `municipalities(filter: { name })` and by anything else that matches names.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { toHiragana } from 'wanakana';
import type { Municipality } from '../municipality/municipality.entity';

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

/**
 * Municipalities answering to `name`: a condition for the database (which may let through a
 * name with a LIKE wildcard in it) and the exact test to apply to the rows it returns.
 */
export function nameMatch(name: string): { where: FilterQuery<Municipality>; test: (m: Municipality) => boolean } {
  const wanted = normalizeName(name);
  if (!wanted || wanted.includes('|')) return { where: { pk: { $in: [] } }, test: () => false };
  return { where: { matchNames: { $like: `%|${wanted}|%` } }, test: (m) => m.matchNames.includes(`|${wanted}|`) };
}
