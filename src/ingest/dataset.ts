/**
 * The CLAIR 2012 survey text → normalised records. Listings that the source marks
 * (or that a decision finds to be) the same agreement become listings of one
 * agreement; every inconsistency is settled by `seeds/decisions.json`.
 */
import { countryRecord } from './countries';
import { DecisionBook, type Decision } from './decisions';
import { parseDocument, type RawSheet, type TocEntry } from './document';
import { MunicipalityRegistry, placeKey } from './municipalities';
import { matchCountryPrefix } from './countries';
import { splitLevels } from './places';
import { cleanText, nameKey } from './normalize';
import type { AgreementRecord, CategoryRecord, Dataset, ListingRecord, SheetRecord } from '../records/records';
import { curatedAgreements, registerCurated, successorMap, type Curated } from './merge-curated';
import { checkRelistedContent, groupAgreements, type Entry } from './relistings';
import { readSheet, type SheetData } from './sheet';
import { checkSharedPassages } from './shared-passages';
import { titleKind } from './title-kind';

/** The survey's nine categories, in its order. */
const CATEGORIES: readonly CategoryRecord[] = [
  { code: 1, name: '教育', nameEn: 'Education' },
  { code: 2, name: '文化', nameEn: 'Culture' },
  { code: 3, name: 'スポーツ', nameEn: 'Sports' },
  { code: 4, name: '医療', nameEn: 'Medical care' },
  { code: 5, name: '経済（農業等）', nameEn: 'Economy (agriculture etc.)' },
  { code: 6, name: '経済（工業等）', nameEn: 'Economy (industry etc.)' },
  { code: 7, name: '経済（商業等）', nameEn: 'Economy (commerce etc.)' },
  { code: 8, name: '行政', nameEn: 'Administration' },
  { code: 9, name: 'その他', nameEn: 'Other' },
];

const refOf = (s: { category: number; number: number }) => `${s.category}.${s.number}`;

/**
 * A sheet's title with its own spaces (高野町・アッシジ市 日伊…, the English of 5.9): only
 * extraction noise is repaired (widths, runs of spaces, split digits); matching uses `nameKey`.
 */
const titleOf = (sheet: RawSheet) => cleanText(sheet.heading);

/** The sheet's written names that its table-of-contents entry does not have. */
function namesMissingFromToc(data: SheetData, toc: TocEntry): string[] {
  const text = nameKey(toc.partiesText);
  return data.parties.flatMap(({ place }) => place.levels.map((l) => l.name)).filter((n) => !text.includes(n));
}

/**
 * The table-of-contents entry of a sheet: the one with its number, unless that one names
 * other parties and another entry of the category names exactly the sheet's (entries swapped).
 */
function tocEntryOf(sheet: RawSheet, data: SheetData, toc: TocEntry[], book: DecisionBook): TocEntry | undefined {
  const inCategory = toc.filter((t) => t.category === sheet.category);
  const byNumber = inCategory.find((t) => t.number === sheet.number);
  if (byNumber && namesMissingFromToc(data, byNumber).length === 0) return byNumber;
  const matching = inCategory.filter((t) => namesMissingFromToc(data, t).length === 0);
  if (matching.length !== 1) return byNumber;
  book.decide(
    {
      id: `toc-order:${refOf(sheet)}`,
      lines: [matching[0].line, sheet.line],
      message: `sheet ${refOf(sheet)} is entry ${refOf(matching[0])} in the table of contents`,
    },
    ['keep-sheet-number'],
  );
  return matching[0];
}

/**
 * Levels the table of contents names for the parties that the sheet does not (浙江省 in 1.9).
 * The entry's separators (－, ー or 一 after a name) are read as separators.
 */
function tocNamesMissingFromSheet(e: Entry): string[] {
  const sheet = nameKey(e.sheet.fields[1].lines.join('')) + e.data.parties.flatMap((p) => p.place.levels.map((l) => l.name)).join('|');
  const text = nameKey(e.toc.partiesText).replace(/(?<=[\u4E00-\u9FFF])[ー一](?=\S)/g, ' ');
  return splitLevels(text.replace(/[-－―、,()（）]/g, ' '))
    .map((t) => t.replace(/^[ー・]+/, ''))
    .map((t) => matchCountryPrefix(t)?.rest ?? t)
    .filter((t) => /[省州道県郡市区町村]$/.test(t) && t.length > 1 && !sheet.includes(t));
}

/** Do the sheet's parties and its table-of-contents entry name the same places, both ways? */
function checkTocNames(e: Entry, book: DecisionBook): void {
  const missing = namesMissingFromToc(e.data, e.toc);
  const extra = tocNamesMissingFromSheet(e);
  if (missing.length === 0 && extra.length === 0) return;
  const says = [
    missing.length ? `the sheet names ${missing.join('、')}` : '',
    extra.length ? `only the table of contents names ${extra.join('、')}` : '',
  ];
  book.decide(
    {
      id: `toc-name:${e.ref}`,
      lines: [e.toc.line, e.sheet.fields[1].line],
      message: `${says.filter(Boolean).join('; ')} ("${e.toc.partiesText}")`,
    },
    ['keep-sheet'],
  );
}

/** A foreign place the title names (アッシジ市) that is none of the sheet's parties. */
function checkTitlePlaces(e: Entry, book: DecisionBook): void {
  const parties = nameKey(e.sheet.fields[1].lines.join(''));
  const named = [...nameKey(e.sheet.heading).matchAll(/[ァ-ヺ][ァ-ヺー・]+[市県州省]/g)].map((m) => m[0]);
  // オーストラリア・ジロング市: a country before the dot is not part of the place's name.
  const others = named.filter((n) => !n.split('・').some((_, i, parts) => parties.includes(parts.slice(i).join('・'))));
  if (others.length === 0) return;
  book.decide(
    {
      id: `title-place:${e.ref}`,
      lines: [e.sheet.line, e.sheet.fields[1].line],
      message: `the title names ${others.join('、')}, which the party field (1) does not`,
    },
    ['keep-parties'],
  );
}

/** A sheet's own content as a record, its places resolved through the registry. */
function sheetRecordOf(e: Entry, registry: MunicipalityRegistry): SheetRecord {
  const { data } = e;
  const parties = data.parties.map(({ place, side }) => ({
    municipality: registry.resolve(placeKey(place)),
    side,
    written: place.written,
  }));
  const domestic = parties.filter((p) => p.side === 'DOMESTIC');
  return {
    parties,
    signedOn: data.signedOn,
    events: data.events,
    background: data.background,
    activities: data.activities.map(({ text, period, heading, line }) => ({ text, period, heading, line })),
    activityNotes: data.activityNotes,
    outcomes: data.outcomes,
    challenges: data.challenges,
    urls: data.links.map((l) => l.url),
    links: data.links,
    contacts: data.contacts.map((c) => {
      // The party a contact belongs to: named at the start of its department, or the only Japanese party.
      const named = domestic.find((p) => c.department?.startsWith(p.municipality.split('/').pop()!));
      return { ...c, municipality: named?.municipality ?? (domestic.length === 1 ? domestic[0].municipality : null) };
    }),
  };
}

/** The agreement of a first listing: keyed by the listing (stable), serving the first sheet's content. */
function agreementOf(e: Entry, sheet: SheetRecord, relistings: Entry[], document: string): AgreementRecord {
  const { parties, ...content } = sheet;
  const source = { document, line: e.sheet.line };
  return {
    key: `clair2012:${e.ref}`,
    formerKeys: [`clair2012:${e.sheet.line}`],
    title: titleOf(e.sheet),
    kind: 'FIELD_AGREEMENT',
    titleKind: titleKind(nameKey(e.sheet.heading)),
    ...content,
    parties,
    source,
    sources: [source, ...relistings.map((r) => ({ document, line: r.sheet.line }))],
  };
}

/**
 * Parse the survey text into the dataset, with the curated documents' agreements when given.
 * Throws `DecisionError` listing every undecided issue.
 */
export function buildDataset(text: string, document: string, decisions: Decision[], curated?: Curated): Dataset {
  const book = new DecisionBook(decisions);
  const doc = parseDocument(text);
  const registry = new MunicipalityRegistry();
  const seen = new Map<string, number>();
  for (const sheet of doc.sheets) {
    const first = seen.get(refOf(sheet));
    if (first) book.fail(`line ${sheet.line}: listing ${refOf(sheet)} is numbered twice (also line ${first})`);
    else seen.set(refOf(sheet), sheet.line);
  }
  const raw = doc.sheets.map((sheet) => {
    const data = readSheet(sheet, book);
    const toc = tocEntryOf(sheet, data, doc.toc, book);
    if (!toc) book.fail(`line ${sheet.line}: sheet ${refOf(sheet)} has no table-of-contents entry`);
    data.parties.forEach(({ place }) => registry.add(place, sheet.fields[1].line));
    return { sheet, toc: toc!, data, ref: refOf(sheet) };
  });
  if (doc.toc.length !== doc.sheets.length)
    book.fail(`the table of contents lists ${doc.toc.length} listings, the document has ${doc.sheets.length} sheets`);
  if (curated) registerCurated(curated, registry);
  registry.resolveVariants(book);
  const entries: Entry[] = raw
    .filter((e) => e.toc)
    .map((e) => ({
      ...e,
      partyKeys: e.data.parties
        .map(({ place }) => registry.resolve(placeKey(place)))
        .sort()
        .join('|'),
    }));
  entries.forEach((e) => {
    checkTocNames(e, book);
    checkTitlePlaces(e, book);
  });
  const originalOf = groupAgreements(entries, book);
  checkSharedPassages(entries, originalOf, book);

  const sheets = new Map(entries.map((e) => [e, sheetRecordOf(e, registry)]));
  const agreements: AgreementRecord[] = [];
  const agreementKey = new Map<Entry, string>();
  for (const e of entries) {
    const original = originalOf.get(e);
    if (original) {
      checkRelistedContent(e, original, sheets, book);
      continue;
    }
    const relistings = entries.filter((o) => originalOf.get(o) === e);
    const a = agreementOf(e, sheets.get(e)!, relistings, document);
    agreements.push(a);
    agreementKey.set(e, a.key);
  }
  if (curated) agreements.push(...curatedAgreements(curated, registry, agreements, book));
  const applied = book.finish();
  const listings: ListingRecord[] = entries.map((e) => ({
    key: `clair2012:${e.ref}`,
    agreement: agreementKey.get(originalOf.get(e) ?? e)!,
    category: e.sheet.category,
    number: e.sheet.number,
    relisted: originalOf.has(e),
    markedRelisted: e.sheet.relisted || e.toc.relisted,
    title: titleOf(e.sheet),
    source: { document, line: e.sheet.line },
    tocLine: e.toc.line,
    sheet: sheets.get(e)!,
  }));
  const municipalities = registry.toRecords(curated ? successorMap(curated, registry) : undefined);
  const countries = [...new Set(['JP', ...municipalities.map((m) => m.country)])].sort().map(countryRecord);
  return {
    document,
    categories: [...CATEGORIES],
    countries,
    municipalities,
    agreements,
    listings,
    decisions: applied.map(({ id, action, reason, lines }) => ({ id, action, reason, lines })),
  };
}
