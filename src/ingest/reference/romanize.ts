/**
 * From an official kana reading to a Hepburn romanisation and a plain English name, with
 * wanakana: さっぽろし (札幌市) → Sapporo-shi and Sapporo; さんのへまち (三戸町) → Sannohe-machi
 * and Sannohe; とうきょうと (東京都) → Tōkyō-to. The suffix (市 し, 町 まち/ちょう, 村 むら/そん,
 * 区 く, 県 けん, 府 ふ, 都 と) is split off at the hyphen; 北海道 keeps its どう.
 *
 * Modified Hepburn marks long vowels: おう and おお are ō, うう is ū. From kana alone a long
 * vowel cannot be told from two vowels that meet across a word boundary (井上 いのうえ
 * would come out Inōe); no place in the data has one, and the English name drops the macrons anyway.
 */
import { toRomaji } from 'wanakana';

/** The readings a suffix of a Japanese place name can have. */
const SUFFIX_READINGS: Readonly<Record<string, readonly string[]>> = {
  市: ['し'],
  区: ['く'],
  町: ['まち', 'ちょう'],
  村: ['むら', 'そん'],
  県: ['けん'],
  府: ['ふ'],
  都: ['と'],
};

export interface Romanized {
  /** Hepburn with macrons, suffix after a hyphen: Sapporo-shi, Tōkyō-to, Hokkaidō. */
  romanized: string;
  /** The name without its suffix and macrons: Sapporo, Tokyo, Hokkaido. */
  plain: string;
  /** The reading without its suffix: さっぽろ. */
  stemReading: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Hepburn with macrons for long vowels. */
function hepburn(kana: string): string {
  return toRomaji(kana).replace(/o[ou]/g, 'ō').replace(/uu/g, 'ū');
}

const withoutMacrons = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\u0304/g, '')
    .normalize('NFC');

/** Romanise `reading`, the reading of `name`; throws when the reading does not end in the name's suffix. */
export function romanize(name: string, reading: string): Romanized {
  if (!/^[\u3041-\u309f\u30fc]+$/.test(reading)) throw new Error(`reading "${reading}" of ${name} is not hiragana`);
  const suffix = name.slice(-1);
  const readings = SUFFIX_READINGS[suffix];
  if (!readings) {
    // 北海道: no suffix to split.
    const romanized = capitalize(hepburn(reading));
    return { romanized, plain: withoutMacrons(romanized), stemReading: reading };
  }
  const suffixReading = readings.find((r) => reading.endsWith(r) && reading.length > r.length);
  if (!suffixReading) throw new Error(`reading "${reading}" of ${name} does not end in a reading of ${suffix} (${readings.join(', ')})`);
  const stemReading = reading.slice(0, -suffixReading.length);
  const stem = capitalize(hepburn(stemReading));
  return { romanized: `${stem}-${hepburn(suffixReading)}`, plain: withoutMacrons(stem), stemReading };
}
