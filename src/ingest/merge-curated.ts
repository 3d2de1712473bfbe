/**
 * Joining the curated documents' agreements to the survey's: their parties go into the
 * same registry (so 北海道 or サハリン州 is one node across sources), `sameAs` records
 * must point at an agreement that exists, and successors become municipality links.
 */
import type { readCurated } from './curated';
import type { DecisionBook } from './decisions';
import { MunicipalityRegistry, placeKey } from './municipalities';
import type { AgreementRecord } from '../records/records';
import { titleKind } from './title-kind';

export type Curated = ReturnType<typeof readCurated>;

/** Register the curated places (before variants are resolved). */
export function registerCurated(curated: Curated, registry: MunicipalityRegistry): void {
  for (const a of curated.agreements) a.parties.forEach(({ place }) => registry.add(place, null));
  for (const s of curated.successors) {
    registry.add(s.place, null);
    registry.add(s.successor, null);
  }
}

/** The curated agreements as records; checks `sameAs` targets against every key. */
export function curatedAgreements(
  curated: Curated,
  registry: MunicipalityRegistry,
  surveyKeys: ReadonlySet<string>,
  book: DecisionBook,
): AgreementRecord[] {
  const records: AgreementRecord[] = curated.agreements.map((a) => ({
    key: a.key,
    title: a.title,
    kind: a.kind,
    titleKind: titleKind(a.title),
    signedOn: a.signedOn,
    background: null,
    activities: a.activities.map((text) => ({ text, period: null })),
    outcomes: null,
    challenges: null,
    urls: [],
    parties: a.parties.map(({ place, side, written }) => ({ municipality: registry.resolve(placeKey(place)), side, written })),
    contacts: [],
    source: { document: a.document, line: a.line },
  }));
  const keys = new Set([...surveyKeys, ...records.map((r) => r.key)]);
  for (const { key, target } of curated.sameAs) {
    if (!keys.has(target)) book.fail(`curated ${key}: sameAs "${target}" is no agreement's key`);
  }
  return records;
}

/** Municipality key → its successor's key. */
export function successorMap(curated: Curated, registry: MunicipalityRegistry): Map<string, string> {
  return new Map(curated.successors.map((s) => [registry.resolve(placeKey(s.place)), registry.resolve(placeKey(s.successor))]));
}
