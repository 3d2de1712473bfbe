/**
 * Re-listings: which listing a 【再掲】 sheet (or an unmarked repeat) prints again, and
 * where its sheet says something other than the first sheet. A re-listing keeps its own
 * content (served per listing); each difference is a finding decided in seeds/decisions.json.
 */
import type { DecisionBook } from './decisions';
import type { RawSheet, TocEntry } from './document';
import { nameKey } from './normalize';
import type { SheetData } from './sheet';
import type { SheetRecord } from '../records/records';

/** A sheet with its table-of-contents entry, as the dataset builder keeps it. */
export interface Entry {
  sheet: RawSheet;
  toc: TocEntry;
  data: SheetData;
  partyKeys: string;
  ref: string;
}

/** Group entries into agreements: a re-listing joins the listing it repeats. */
export function groupAgreements(entries: Entry[], book: DecisionBook): Map<Entry, Entry> {
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

/** Text compared without the spaces and line breaks that layout alone puts in it. */
const flat = (v: unknown) => (v == null ? '' : JSON.stringify(v).replace(/\s+|\\n/g, ''));

/** What a sheet says, field by field, in a form where only the words count (not the layout or the lines). */
function comparable(s: SheetRecord): Record<string, string> {
  return {
    parties: flat(s.parties.map((p) => [p.written, p.municipality]).sort()),
    signedOn: flat(s.events.map((e) => [e.date.iso, e.label])),
    background: flat(s.background),
    activities: flat(s.activities.map((a) => [a.text, a.period])),
    outcomes: flat(s.outcomes),
    challenges: flat(s.challenges),
    links: flat(s.links),
    contacts: flat(s.contacts),
  };
}

/**
 * Record a finding for every re-listing whose sheet differs from its first sheet; both are
 * kept. The finding names the fields that differ, and the two sheets' lines.
 */
export function checkRelistedContent(relisting: Entry, first: Entry, sheets: Map<Entry, SheetRecord>, book: DecisionBook): void {
  const [a, b] = [comparable(sheets.get(first)!), comparable(sheets.get(relisting)!)];
  const fields = Object.keys(a).filter((k) => a[k] !== b[k]);
  if (fields.length === 0) return;
  book.decide(
    {
      id: `relist-differs:${relisting.ref}`,
      lines: [first.sheet.line, relisting.sheet.line],
      message: `re-listing ${relisting.ref} differs from ${first.ref} in ${fields.join(', ')}`,
    },
    ['keep-both'],
  );
}
