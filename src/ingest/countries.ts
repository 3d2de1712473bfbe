/**
 * Countries by ISO 3166-1 alpha-2, with their names from `i18n-iso-countries`,
 * and recognition of a country name written at the start of a place name
 * (中華人民共和国大連市, オーストラリア連邦クイーンズランド州, 英国ロンドン市).
 */
import countries from 'i18n-iso-countries';
import ja from 'i18n-iso-countries/langs/ja.json';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(ja);
countries.registerLocale(en);

import type { CountryRecord } from '../records/records';

export type { CountryRecord };

/** Japanese names the package lacks that Japanese documents commonly use. */
const EXTRA_JA_NAMES: Readonly<Record<string, string>> = { 英国: 'GB', 中国: 'CN', 韓国: 'KR', 米国: 'US' };

/** Formal tails a document may add after a country's short name (フランス共和国, オランダ王国). */
const FORMAL_TAIL = /^(?:社会主義共和国|人民民主共和国|連邦共和国|共和国|合衆国|大公国|王国|連邦|国)/;

const NAME_TO_CODE: ReadonlyArray<[string, string]> = (() => {
  const pairs: Array<[string, string]> = Object.entries(EXTRA_JA_NAMES);
  for (const [code, names] of Object.entries(countries.getNames('ja', { select: 'all' }))) {
    for (const name of names) pairs.push([name, code]);
  }
  // Longest first, so that ニュージーランド wins over a shorter name that prefixes it.
  return pairs.sort((a, b) => b[0].length - a[0].length);
})();

/** The record of a country code; throws for a code ISO 3166-1 does not have. */
export function countryRecord(code: string): CountryRecord {
  const nameJa = countries.getName(code, 'ja');
  const official = countries.getName(code, 'en', { select: 'official' });
  if (!nameJa || !official) throw new Error(`unknown ISO 3166-1 country code "${code}"`);
  // ISO's English short names carry qualifiers ("Taiwan, Province of China"); the alias is the plain name.
  const nameEn = official.includes(',') ? (countries.getName(code, 'en', { select: 'alias' }) ?? official) : official;
  return { code, nameJa, nameEn };
}

/**
 * Match a country name at the start of `text`. Returns its code, the name as
 * written (with any formal tail) and the rest of the text, or null.
 */
export function matchCountryPrefix(text: string): { code: string; written: string; rest: string } | null {
  for (const [name, code] of NAME_TO_CODE) {
    if (!text.startsWith(name)) continue;
    let rest = text.slice(name.length);
    const tail = FORMAL_TAIL.exec(rest);
    if (tail) rest = rest.slice(tail[0].length);
    return { code, written: text.slice(0, text.length - rest.length), rest: rest.replace(/^[\s:：]+/, '') };
  }
  return null;
}

/** Find a country named anywhere in `text` (for 在日デンマーク王国大使館). */
export function findCountryInside(text: string): string | null {
  for (const [name, code] of NAME_TO_CODE) if (name.length >= 2 && text.includes(name)) return code;
  return null;
}
