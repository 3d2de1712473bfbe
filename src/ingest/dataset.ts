/**
 * The CLAIR 2012 survey text → normalised records. Listings that the source marks
 * (or that a decision finds to be) the same agreement become listings of one
 * agreement; every inconsistency is settled by `seeds/decisions.json`.
 */
import { countryRecord } from './countries';
import { DecisionBook, type Decision } from './decisions';
import { parseDocument, type RawSheet, type TocEntry } from './document';
import { MunicipalityRegistry, placeKey } from './municipalities';
import { nameKey } from './normalize';
import type { AgreementRecord, CategoryRecord, Dataset, ListingRecord } from '../records/records';
import { curatedAgreements, registerCurated, successorMap, type Curated } from './merge-curated';
import { readSheet, type SheetData } from './sheet';
import { titleKind } from './title-kind';

/** The survey's nine categories, in its order. */
export const CATEGORIES: readonly CategoryRecord[] = [
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

interface Entry {
  sheet: RawSheet;
  toc: TocEntry;
  data: SheetData;
  partyKeys: string;
  ref: string;
}

const refOf = (s: { category: number; number: number }) => `${s.category}.${s.number}`;

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

/** Do all written levels of the sheet's parties appear in the table of contents entry? */
function checkTocNames(e: Entry, book: DecisionBook): void {
  const missing = namesMissingFromToc(e.data, e.toc);
  if (missing.length === 0) return;
  book.decide(
    {
      id: `toc-name:${e.ref}`,
      lines: [e.toc.line, e.sheet.fields[1].line],
      message: `the sheet names ${missing.join('、')}, the table of contents has "${e.toc.partiesText}"`,
    },
    ['keep-sheet'],
  );
}

/** Group entries into agreements: a re-listing joins the listing it repeats. */
function groupAgreements(entries: Entry[], book: DecisionBook): Map<Entry, Entry> {
  const originalOf = new Map<Entry, Entry>();
  const marked = (e: Entry) => e.sheet.relisted || e.toc.relisted;
  for (const e of entries) {
    if (e.toc.relisted !== e.sheet.relisted) {
      const where = e.toc.relisted ? 'table of contents' : 'sheet';
      book.decide({ id: `relist-mark:${e.ref}`, lines: [e.toc.line, e.sheet.line], message: `only the ${where} marks it 【再掲】` }, [
        'relisted',
      ]);
    }
  }
  const sameAs = (a: Entry, b: Entry) => a.partyKeys === b.partyKeys && nameKey(a.toc.title) === nameKey(b.toc.title);
  for (const e of entries.filter(marked)) {
    // Same parties; then the same title in the table of contents, or on the sheet.
    const candidates = entries.filter((o) => o !== e && !marked(o) && o.partyKeys === e.partyKeys);
    const byToc = candidates.filter((o) => nameKey(o.toc.title) === nameKey(e.toc.title));
    const byHeading = candidates.filter((o) => nameKey(o.sheet.heading) === nameKey(e.sheet.heading));
    const found = [byToc, byHeading, candidates].find((c) => c.length === 1) ?? [];
    if (found.length === 1) {
      originalOf.set(e, found[0]);
      continue;
    }
    const d = book.decide(
      {
        id: `relist:${e.ref}`,
        lines: [e.sheet.line],
        message: `cannot tell which listing this re-lists (${candidates.length} candidates)`,
      },
      ['relist-of'],
    );
    const target = entries.find((o) => d && o.ref === d.of);
    if (d && !target) book.fail(`${d.id}: "of" must name a listing as "category.number"`);
    if (target) originalOf.set(e, target);
  }
  // Listings printed twice without any mark: same parties and title.
  const unmarked = entries.filter((e) => !marked(e));
  for (let i = 0; i < unmarked.length; i++) {
    for (let j = i + 1; j < unmarked.length; j++) {
      const [a, b] = [unmarked[i], unmarked[j]];
      if (!sameAs(a, b)) continue;
      const d = book.decide(
        {
          id: `duplicate:${a.ref}+${b.ref}`,
          lines: [a.sheet.line, b.sheet.line],
          message: `listings ${a.ref} and ${b.ref} have the same parties and title but no 【再掲】 mark`,
        },
        ['same-agreement', 'distinct'],
      );
      if (d?.action === 'same-agreement') originalOf.set(b, originalOf.get(a) ?? a);
    }
  }
  return originalOf;
}

function agreementOf(e: Entry, registry: MunicipalityRegistry, document: string): AgreementRecord {
  const { data, sheet } = e;
  const parties = data.parties.map(({ place, side }) => ({
    municipality: registry.resolve(placeKey(place)),
    side,
    written: place.written,
  }));
  const domestic = parties.filter((p) => p.side === 'DOMESTIC');
  return {
    key: `clair2012:${sheet.line}`,
    title: nameKey(sheet.heading),
    kind: 'FIELD_AGREEMENT',
    titleKind: titleKind(nameKey(sheet.heading)),
    signedOn: data.signedOn,
    background: data.background,
    activities: data.activities.map((a) => ({ text: a.text, period: a.period })),
    outcomes: data.outcomes,
    challenges: data.challenges,
    urls: data.urls,
    parties,
    contacts: data.contacts.map((c) => {
      // The party a contact belongs to: named at the start of its department, or the only Japanese party.
      const named = domestic.find((p) => c.department?.startsWith(p.municipality.split('/').pop()!));
      return { ...c, municipality: named?.municipality ?? (domestic.length === 1 ? domestic[0].municipality : null) };
    }),
    source: { document, line: sheet.line },
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
  entries.forEach((e) => checkTocNames(e, book));
  const originalOf = groupAgreements(entries, book);

  const agreements: AgreementRecord[] = [];
  const agreementKey = new Map<Entry, string>();
  for (const e of entries) {
    const original = originalOf.get(e);
    if (original) continue;
    const a = agreementOf(e, registry, document);
    agreements.push(a);
    agreementKey.set(e, a.key);
  }
  if (curated) agreements.push(...curatedAgreements(curated, registry, new Set(agreements.map((a) => a.key)), book));
  const applied = book.finish();
  const listings: ListingRecord[] = entries.map((e) => ({
    key: `clair2012:${e.ref}`,
    agreement: agreementKey.get(originalOf.get(e) ?? e)!,
    category: e.sheet.category,
    number: e.sheet.number,
    relisted: originalOf.has(e),
    markedRelisted: e.sheet.relisted || e.toc.relisted,
    title: nameKey(e.sheet.heading),
    source: { document, line: e.sheet.line },
    tocLine: e.toc.line,
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
