/**
 * Checks a dataset before anything is written: every reference resolves and every
 * required field is there. Errors name the record and its source line.
 */
import type { Dataset } from '../records/records';
import { AGREEMENT_KINDS, MUNICIPALITY_KINDS, PARTY_SIDES, REFERENCE_FIELDS } from '../records/enums';
import { isValidLocalGovCode } from '../ingest/reference/local-gov-code';
import { PARTIAL_ISO_DATE } from '../records/partial-date';

const KINDS_OF_TIE = new Set<string>(AGREEMENT_KINDS);

const KINDS = new Set<string>(MUNICIPALITY_KINDS);
const SIDES = new Set<string>(PARTY_SIDES);
const FIELDS = new Set<string>(REFERENCE_FIELDS);

export class InvalidDatasetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDatasetError';
  }
}

/** Throw `InvalidDatasetError` for the first record that is not valid. */
export function validateDataset(data: Dataset): void {
  const fail = (what: string, line: number | null, problem: string): never => {
    throw new InvalidDatasetError(`${what}${line ? ` (${data.document} line ${line})` : ''}: ${problem}`);
  };
  for (const key of ['document', 'categories', 'countries', 'municipalities', 'agreements', 'listings'] as const) {
    if (data?.[key] == null) fail('dataset', null, `missing "${key}"`);
  }
  const countries = new Set(data.countries.map((c) => c.code));
  const municipalities = new Set<string>();
  for (const m of data.municipalities) {
    if (!m.key || !m.name || !m.fullName) fail(`municipality ${m.key ?? '?'}`, null, 'needs key, name and fullName');
    if (!KINDS.has(m.kind)) fail(`municipality ${m.key}`, null, `unknown kind "${m.kind}"`);
    if (!countries.has(m.country)) fail(`municipality ${m.key}`, null, `unknown country "${m.country}"`);
    if (m.parent && !municipalities.has(m.parent)) fail(`municipality ${m.key}`, null, `parent "${m.parent}" is not listed before it`);
    if (municipalities.has(m.key)) fail(`municipality ${m.key}`, null, 'listed twice');
    const r = m.reference;
    if (r?.code != null && !isValidLocalGovCode(r.code)) fail(`municipality ${m.key}`, null, `code "${r.code}" has no valid check digit`);
    if (r?.location && !(Math.abs(r.location.lat) <= 90 && Math.abs(r.location.lng) <= 180))
      fail(`municipality ${m.key}`, null, `location ${r.location.lat}, ${r.location.lng} is not a point on Earth`);
    for (const g of r?.gaps ?? []) if (!FIELDS.has(g.field)) fail(`municipality ${m.key}`, null, `unknown reference field "${g.field}"`);
    municipalities.add(m.key);
  }
  for (const m of data.municipalities) {
    if (m.successor && !municipalities.has(m.successor)) fail(`municipality ${m.key}`, null, `successor "${m.successor}" is not listed`);
  }
  const documents = data.documents ? new Set(data.documents.map((d) => d.file)) : null;
  const agreements = new Set<string>();
  const formerKeys = new Set<string>();
  for (const a of data.agreements) {
    const line = a.source?.line ?? null;
    if (!a.key || !a.title) fail(`agreement ${a.key ?? '?'}`, line, 'needs key and title');
    if (!KINDS_OF_TIE.has(a.kind)) fail(`agreement ${a.key}`, line, `unknown kind "${a.kind}"`);
    if (documents && !documents.has(a.source.document))
      fail(`agreement ${a.key}`, line, `source document "${a.source.document}" is not listed`);
    if (agreements.has(a.key)) fail(`agreement ${a.key}`, line, 'listed twice');
    agreements.add(a.key);
    for (const former of a.formerKeys ?? []) {
      if (agreements.has(former) || formerKeys.has(former)) fail(`agreement ${a.key}`, line, `former key "${former}" is used twice`);
      formerKeys.add(former);
    }
    if ((a.formerKeys ?? []).length > 1) fail(`agreement ${a.key}`, line, 'has more than one former key');
    if (!(a.sources ?? [a.source]).some((s) => s.document === a.source.document && s.line === a.source.line))
      fail(`agreement ${a.key}`, line, 'its sources must include its primary source');
    if (!Array.isArray(a.parties) || a.parties.length < 2) fail(`agreement ${a.key}`, line, 'needs at least two parties');
    for (const p of a.parties) {
      if (!municipalities.has(p.municipality)) fail(`agreement ${a.key}`, line, `party "${p.municipality}" is not a listed municipality`);
      if (!SIDES.has(p.side)) fail(`agreement ${a.key}`, line, `party side "${p.side}" is not one of ${PARTY_SIDES.join(', ')}`);
    }
    if (a.signedOn && !PARTIAL_ISO_DATE.test(a.signedOn.iso))
      fail(`agreement ${a.key}`, line, `signedOn.iso "${a.signedOn.iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    for (const c of a.contacts ?? []) {
      if (c.municipality && !municipalities.has(c.municipality))
        fail(`agreement ${a.key}`, line, `contact's municipality "${c.municipality}" is not listed`);
    }
  }
  const categories = new Set(data.categories.map((c) => c.code));
  const numbers = new Set<string>();
  for (const l of data.listings) {
    const line = l.source?.line ?? null;
    if (!agreements.has(l.agreement)) fail(`listing ${l.key}`, line, `agreement "${l.agreement}" is not listed`);
    if (!categories.has(l.category)) fail(`listing ${l.key}`, line, `category ${l.category} is not listed`);
    if (!Number.isInteger(l.number) || l.number < 1) fail(`listing ${l.key}`, line, `number "${l.number}" is not a positive integer`);
    const slot = `${l.category}.${l.number}`;
    if (numbers.has(slot)) fail(`listing ${l.key}`, line, `number ${l.number} is used twice in category ${l.category}`);
    numbers.add(slot);
  }
}
