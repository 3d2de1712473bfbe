/**
 * The reference step of the ingest: every municipality record gets what open reference
 * data says of it (code, reading, romanisation, English name, coordinates, homepage), or
 * for each missing field the reason. A Japanese local government comes from localgovjp; a
 * merged one from jp-merged.tsv; every other place (foreign, organisations) from
 * place-names-en.tsv and the gazetteers (Natural Earth's regions, GeoNames' cities). A place
 * with no entry and no recorded reason, a curated line for a key the data does not have
 * (renamed or merged places), a gazetteer match that is not unique or lies outside its
 * country: each stops the ingest naming file and line.
 */
import type { MunicipalityRecord, PlaceReference } from '../../records/records';
import type { ReferenceField } from '../../records/enums';
import { insideCountry } from './country-shapes';
import { readCuratedPlaces, type MergedLine, type NameLine } from './curated-places';
import { GAZETTEER_SOURCE, lookUp, type GazetteerEntry } from './gazetteer';
import { readLocalGovs, type LocalGov } from './japan';
import { readNaturalEarth, type NaturalEarth } from './natural-earth';
import { failAt, ReferenceError } from './reference-file';
import { romanize } from './romanize';

export interface Reference {
  localGovs: Map<string, LocalGov>;
  names: Map<string, NameLine>;
  merged: Map<string, MergedLine>;
  naturalEarth: NaturalEarth;
}

/** Read and check every reference file of `dir` (seeds/reference). */
export function readReference(dir: string): Reference {
  return { localGovs: readLocalGovs(`${dir}/localgovjp`), ...readCuratedPlaces(dir), naturalEarth: readNaturalEarth(dir) };
}

type Gaps = PlaceReference['gaps'];
const gap = (field: ReferenceField, reason: string) => ({ field, reason });

const unique = (values: Array<string | null>, taken: Array<string | null>) => [
  ...new Set(values.filter((v): v is string => !!v && !taken.includes(v))),
];

/** The reference of a Japanese local government listed by localgovjp. */
function fromLocalGov(m: MunicipalityRecord, gov: LocalGov): PlaceReference {
  let r: ReturnType<typeof romanize>;
  try {
    r = romanize(m.name, gov.reading);
  } catch (e) {
    return failAt(gov.row, (e as Error).message);
  }
  const nameEn = gov.nameEn ?? r.plain;
  return {
    code: gov.code,
    reading: gov.reading,
    romanized: r.romanized,
    nameEn,
    location: gov.location,
    homepage: gov.homepage,
    alternateNames: unique(
      [r.plain, r.romanized.normalize('NFD').replace(/\u0304/g, ''), r.stemReading],
      [nameEn, r.romanized, gov.reading],
    ),
    gaps: gov.homepage ? [] : [gap('HOMEPAGE', 'localgovjp lists none')],
  };
}

/** A Japanese municipality merged away: its own name and reading, its successor's code in the reason. */
function fromMerged(m: MunicipalityRecord, line: MergedLine, reference: Reference): PlaceReference {
  const prefecture = m.key.split('/')[1];
  const successor = reference.localGovs.get(`${prefecture}/${line.successor}`);
  if (!successor) failAt(line.row, `successor ${prefecture}${line.successor} is not in localgovjp`);
  let r: ReturnType<typeof romanize>;
  try {
    r = romanize(m.name, line.reading);
  } catch (e) {
    return failAt(line.row, (e as Error).message);
  }
  const merged = `merged into ${line.successor} (code ${successor.code}) on ${line.date}`;
  return {
    code: null,
    reading: line.reading,
    romanized: r.romanized,
    nameEn: r.plain,
    location: null,
    homepage: null,
    alternateNames: unique([r.romanized.normalize('NFD').replace(/\u0304/g, ''), r.stemReading], [r.plain, r.romanized, line.reading]),
    gaps: [
      gap('CODE', `${merged}: the code is its successor's`),
      gap('LOCATION', `${merged}: no town hall of its own`),
      gap('HOMEPAGE', `${merged}: no homepage of its own`),
    ],
  };
}

/** The one gazetteer entry a curated line points to; throws naming the line for none or several, or one outside the country. */
function locate(
  m: MunicipalityRecord,
  line: NameLine,
  parentAdmin1: string | null | undefined,
  naturalEarth: NaturalEarth,
): GazetteerEntry | null {
  if (!line.match) return null;
  const country = line.within ?? m.country;
  const { kind, name } = line.match;
  let found = lookUp(naturalEarth, kind, country, name);
  // A city's name that is not unique in its country is narrowed to its parent's region.
  const admin1 = kind === 'city' && found.length > 1 ? parentAdmin1 : undefined;
  if (admin1) found = found.filter((f) => f.admin1 === admin1);
  const where = `${country}${admin1 ? ` (GeoNames division ${admin1}, the parent's)` : ''}`;
  if (found.length !== 1) {
    const list = found.map((f) => `${f.name}${f.admin1 ? ` [${f.admin1}]` : ''}: ${f.location.lat}, ${f.location.lng}`).join('; ');
    const noun = `${kind === 'city' ? 'place' : kind === 'state' ? 'region' : 'territory'}${found.length === 1 ? '' : 's'}`.replace(
      /ys$/,
      'ies',
    );
    failAt(line.row, `${GAZETTEER_SOURCE[kind]} has ${found.length} ${noun} named "${name}" in ${where}${list ? ` (${list})` : ''}`);
  }
  if (!insideCountry(found[0].location, country))
    failAt(line.row, `${GAZETTEER_SOURCE[kind]} puts "${name}" at ${found[0].location.lat}, ${found[0].location.lng}, outside ${country}`);
  return found[0];
}

/** The reference of a place that localgovjp does not list: foreign places and organisations. */
function fromNameLine(
  m: MunicipalityRecord,
  line: NameLine,
  parentAdmin1: string | null | undefined,
  naturalEarth: NaturalEarth,
): { reference: PlaceReference; entry: GazetteerEntry | null } {
  if (m.kind === 'ORGANIZATION' && line.match) failAt(line.row, `${m.key} is an organisation: organisations get no coordinates (match -)`);
  if (m.kind !== 'ORGANIZATION' && !line.match && !line.note) failAt(line.row, `${m.key} has no match: the reason goes in note`);
  const entry = locate(m, line, parentAdmin1, naturalEarth);
  const gaps: Gaps = [];
  if (!line.nameEn) gaps.push(gap('NAME_EN', line.note!));
  if (!entry) gaps.push(gap('LOCATION', m.kind === 'ORGANIZATION' ? 'an organisation: no coordinates of its own' : line.note!));
  if (m.country === 'JP') gaps.push(gap('CODE', 'an organisation, not a local government'));
  return {
    reference: {
      code: null,
      reading: null,
      romanized: null,
      nameEn: line.nameEn,
      location: entry?.location ?? null,
      homepage: null,
      alternateNames: [],
      gaps,
    },
    entry,
  };
}

/**
 * Each record with its `reference`; records come parents first (a city is looked up inside
 * its parent's region). Throws `ReferenceError` naming the reference file and line.
 */
export function enrichPlaces(records: MunicipalityRecord[], reference: Reference): MunicipalityRecord[] {
  const keys = new Set(records.map((m) => m.key));
  for (const [key, line] of [...reference.names, ...reference.merged]) {
    if (!keys.has(key)) failAt(line.row, `no place has the key ${key} (renamed or merged in the data? update this line)`);
  }
  const regions = new Map<string, string | null>();
  return records.map((m) => {
    const gov = m.country === 'JP' ? reference.localGovs.get(m.key.slice(3)) : undefined;
    const merged = reference.merged.get(m.key);
    const line = reference.names.get(m.key);
    if (gov && merged)
      failAt(merged.row, `${m.name} is still in localgovjp (${gov.row.file} line ${gov.row.line}): it was not merged away`);
    if (line && (gov || merged)) failAt(line.row, `${m.key} is in ${gov ? 'localgovjp' : 'jp-merged.tsv'}: it takes no line here`);
    if (gov) return { ...m, reference: fromLocalGov(m, gov) };
    if (merged) return { ...m, reference: fromMerged(m, merged, reference) };
    if (!line) {
      const where = m.country === 'JP' && m.kind !== 'ORGANIZATION' ? 'localgovjp, nor in jp-merged.tsv' : 'place-names-en.tsv';
      throw new ReferenceError(`${m.key} (${m.fullName}) is not in ${where}: add it, or the reason it has none`);
    }
    const { reference: r, entry } = fromNameLine(m, line, m.parent ? regions.get(m.parent) : undefined, reference.naturalEarth);
    if (entry?.kind === 'state') regions.set(m.key, entry.admin1);
    return { ...m, reference: r };
  });
}
