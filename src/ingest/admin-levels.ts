/**
 * One rule for the kind of every foreign level, by country: what a suffix means there
 * and which cities are themselves a first-level division. Applied to every level of
 * every party, whatever its position in the written name, so that a division is the same
 * kind whether or not the sheet writes the level above it (セーヌ・エ・マルヌ県 alone and
 * オー・ド・セーヌ県 under イル・ド・フランス州 are both French départements: REGION).
 *
 * - REGION: an administrative division above the municipality (province, state, 道, krai,
 *   oblast, département, county of Taiwan, Hungary, Finland or Mongolia, Italian province)
 *   and a city that is one (province-level and special cities).
 * - LOCALITY: a municipality or a part of one (city, town, county of China or Korea, ward).
 * - COUNTRY: the state itself as a party (ルクセンブルク大公国), or its predecessor state.
 */
import type { MunicipalityKind } from '../records/records';

/** Suffixes that make a level a REGION in every country. */
const REGION_SUFFIXES = ['特別自治道', '広域市', '特別市', '自治区', '地方', '省', '州', '道'];

/**
 * Countries where 県 names a division above the municipality (département, megye, maakunta,
 * aimag, 縣, provincia). Elsewhere (China) 県 is a county, a LOCALITY.
 */
const COUNTY_IS_REGION = new Set(['FR', 'HU', 'FI', 'MN', 'TW', 'IT']);

/**
 * Cities that are a first-level division of their country: China's municipalities
 * directly under the central government, Viet Nam's centrally governed cities, Taiwan's
 * special municipalities (as of the survey, 2012). Korea's and Laos's carry their suffix
 * (広域市, 特別市).
 */
const PROVINCE_LEVEL_CITIES: Readonly<Record<string, readonly string[]>> = {
  CN: ['北京市', '上海市', '天津市', '重慶市'],
  VN: ['ハノイ市', 'ホーチミン市', 'ハイフォン市', 'ダナン市', 'カントー市'],
  TW: ['台北市', '新北市', '台中市', '台南市', '高雄市'],
};

/**
 * The kind of one level of a foreign place. `hasChildren`: the sheet writes a level under it
 * (a name without a suffix above a city, ニューカレドニア, is a division).
 */
export function foreignLevelKind(country: string, name: string, hasChildren: boolean): MunicipalityKind {
  if (PROVINCE_LEVEL_CITIES[country]?.includes(name)) return 'REGION';
  if (name.endsWith('自治州')) return 'LOCALITY'; // China's autonomous prefectures: the level of its prefecture-level cities
  if (REGION_SUFFIXES.some((s) => name.endsWith(s))) return 'REGION';
  if (name.endsWith('県')) return COUNTY_IS_REGION.has(country) ? 'REGION' : 'LOCALITY';
  if (/[市区町村郡]$/.test(name)) return 'LOCALITY';
  return hasChildren ? 'REGION' : 'LOCALITY';
}

/** A country's own name as a party (ルクセンブルク大公国, ロシアソビエト連邦社会主義共和国): the state itself. */
export const STATE_NAME = /(?:社会主義共和国|人民民主共和国|連邦共和国|共和国|合衆国|大公国|王国|連邦)$/;
