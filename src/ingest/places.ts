/**
 * Reading a party's written name into a place: its country and its path of
 * administrative levels (青森県青森市 → JP [青森県 PREFECTURE, 青森市 CITY];
 * 中華人民共和国遼寧省大連市 → CN [遼寧省 REGION, 大連市 LOCALITY]), or an
 * organisation (embassy, ministry, agency, foundation, council).
 */
import { findCountryInside, matchCountryPrefix } from './countries';
import { foreignLevelKind, STATE_NAME } from './admin-levels';
import { cleanText, foldVariantKanji, nameKey } from './normalize';
import { matchPrefecture } from './prefectures';

import type { MunicipalityKind, Side } from '../records/records';

export type { Side };

/** One level of a place's path. */
interface Level {
  name: string;
  kind: MunicipalityKind;
}

/** A place as read from the text: country and levels from the top down; the last level is the party. */
export interface Place {
  country: string;
  levels: Level[];
  /** The text it was read from (after splitting a multi-party field). */
  written: string;
}

/** What a party inherits from the one written before it in the same field. */
export interface PlaceContext {
  country?: string;
  /** Levels above the previous party, for siblings joined by ・. */
  parentLevels?: Level[];
}

/** Words that make a party an organisation rather than a municipality. */
const ORGANIZATION_WORDS =
  /大使館|領事館|庁|研究所|研究院|協議会|センター|財団|法人|共同体|行政体|機構|委員会|事務所|公司|(?<!特別)(?<!自治)局$/;

/** A level ends with one of these; the longer ones first. */
const LEVEL_SUFFIX = /(特別自治道|広域市|特別市|自治区|自治州|地方|[省州道県郡市区町村])/g;
/** After these a suffix character is part of the name, not the end of a level (原州市, 済州特別自治道). */
const NAME_CONTINUES = /^(?:[市郡区町村県]|特別|広域|自治|地方)/;
/** Split a place name (without its country) into levels at suffix boundaries and spaces. */
export function splitLevels(text: string): string[] {
  const levels: string[] = [];
  for (const chunk of text.trim().split(/\s+/).filter(Boolean)) {
    let start = 0;
    for (const m of chunk.matchAll(LEVEL_SUFFIX)) {
      const end = (m.index ?? 0) + m[0].length;
      if (end - start < 2 || end === chunk.length) continue;
      if (NAME_CONTINUES.test(chunk.slice(end))) continue;
      levels.push(chunk.slice(start, end));
      start = end;
    }
    levels.push(chunk.slice(start));
  }
  return levels.filter(Boolean);
}

function japaneseKind(name: string): MunicipalityKind {
  if (ORGANIZATION_WORDS.test(name)) return 'ORGANIZATION';
  if (name.endsWith('市')) return 'CITY';
  if (name.endsWith('区')) return 'WARD';
  if (name.endsWith('町')) return 'TOWN';
  if (name.endsWith('村')) return 'VILLAGE';
  throw new Error(`cannot tell the kind of Japanese municipality "${name}"`);
}

function readDomestic(written: string, context: PlaceContext): Place {
  const text = nameKey(written).replace(/^日本国?/, '');
  if (ORGANIZATION_WORDS.test(text)) {
    return { country: 'JP', levels: [{ name: text, kind: 'ORGANIZATION' }], written };
  }
  const prefecture = matchPrefecture(text);
  const inherited = context.parentLevels?.find((l) => l.kind === 'PREFECTURE');
  const top = prefecture ? [{ name: prefecture, kind: 'PREFECTURE' as const }] : inherited ? [inherited] : [];
  if (top.length === 0) throw new Error(`Japanese party "${written}" names no prefecture and follows none`);
  const rest = prefecture ? text.slice(prefecture.length) : text;
  const levels: Level[] = [...top];
  // A designated city's ward is written 市+区 (大阪市北区); anything else is one level.
  const ward = /^(.+?市)(.+区)$/.exec(rest);
  for (const name of ward ? [ward[1], ward[2]] : rest ? [rest] : []) levels.push({ name, kind: japaneseKind(name) });
  return { country: 'JP', levels, written };
}

function readForeign(written: string, context: PlaceContext): Place {
  const cleaned = written.trim();
  const country = matchCountryPrefix(foldVariantKanji(cleaned));
  // 在日デンマーク王国大使館: the country is inside the name.
  const code = country?.code ?? context.country ?? findCountryInside(cleaned);
  if (!code) throw new Error(`foreign party "${written}" names no country and follows none`);
  // "中華人民共和国：青島市、大連市": the colon only labels the country of the list.
  const shown = country ? cleaned.replace(/^(\S+?)\s*[:：]\s*/, (m, c: string) => (country.written.startsWith(c) ? c : m)) : cleaned;
  let rest = country ? country.rest : foldVariantKanji(cleaned);
  const bracketed = /^[(（](.+)[)）]$/.exec(rest);
  if (bracketed) rest = bracketed[1]; // ベトナム社会主義共和国（計画投資省）
  if (rest === '' || (bracketed && STATE_NAME.test(rest))) {
    // The party is the state itself (ルクセンブルク大公国, ロシア連邦（ロシアソビエト連邦社会主義共和国）).
    return { country: code, levels: [{ name: nameKey(rest || cleaned), kind: 'COUNTRY' }], written: shown };
  }
  if (bracketed || ORGANIZATION_WORDS.test(rest.replace(/\s+/g, ''))) {
    return { country: code, levels: [{ name: rest.replace(/\s+/g, ''), kind: 'ORGANIZATION' }], written: shown };
  }
  const names = splitLevels(rest);
  const inherited = !country || country.code === context.country ? (context.parentLevels ?? []) : [];
  const own = names.map((name, i) => ({ name, kind: foreignLevelKind(code, name, i < names.length - 1) }));
  return { country: code, levels: names.length === 1 ? [...inherited, ...own] : own, written: shown };
}

/** Read one party's written name. Throws with the name when it cannot be read. */
export function readPlace(written: string, side: Side, context: PlaceContext = {}): Place {
  return side === 'DOMESTIC' ? readDomestic(written, context) : readForeign(written, context);
}

/**
 * Split a (1) 自治体名 field that names several parties. Parties are separated by
 * 、 or by a space after a complete name; ・ separates siblings only after a complete
 * name (リモージュ市・オーバーニュ市), never inside one (バーチ・キシュクン県).
 * A party without a country takes the previous one's; a ・-sibling also takes its parent.
 */
export function readParties(field: string, side: Side): Place[] {
  const places: Place[] = [];
  let context: PlaceContext = {};
  const groups = cleanText(field)
    .split(/[、，,]/)
    .map((g) => g.trim())
    .filter(Boolean);
  for (const group of groups) {
    // A space after a complete name (…市 大韓民国…) starts a new party; other spaces are level breaks.
    const parties = group.split(/(?<=[市郡区町村県州省道館所会体])\s+(?=\S)/);
    parties.forEach((party, index) => {
      const siblings = party.split(/(?<=[市郡区町村県州省])・/);
      siblings.forEach((sibling, i) => {
        const place = readPlace(
          sibling,
          side,
          i === 0 ? { country: context.country, parentLevels: side === 'DOMESTIC' ? context.parentLevels : undefined } : context,
        );
        places.push(place);
        // Japanese parties inherit their prefecture (京都府、舞鶴市); foreign ・-siblings their parent.
        const parentLevels = side === 'DOMESTIC' ? place.levels.filter((l) => l.kind === 'PREFECTURE') : place.levels.slice(0, -1);
        context = { country: place.country, parentLevels };
      });
      if (index < parties.length - 1) context = { country: context.country };
    });
  }
  return places;
}
