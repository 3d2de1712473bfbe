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

/** Register the curated places (before variants are resolved), each with the passage that names it. */
export function registerCurated(curated: Curated, registry: MunicipalityRegistry): void {
  for (const a of [...curated.agreements, ...curated.sameAs]) {
    a.parties.forEach(({ place, line }) => registry.add(place, { document: a.document, line }));
  }
  for (const s of curated.successors) {
    registry.add(s.place, { document: s.document, line: s.line });
    registry.add(s.successor, { document: s.document, line: s.line });
  }
}

/**
 * The curated agreements as records. Every `sameAs` mention becomes one of its target's
 * `sources` and must name the target's parties; a mention whose title names another kind of document than its target
 * (a 覚書 where the target is a 協定) is a finding to decide.
 */
export function curatedAgreements(
  curated: Curated,
  registry: MunicipalityRegistry,
  survey: AgreementRecord[],
  book: DecisionBook,
): AgreementRecord[] {
  const records: AgreementRecord[] = curated.agreements.map((a) => {
    const source = { document: a.document, line: a.line };
    return {
      key: a.key,
      formerKeys: [],
      title: a.title,
      kind: a.kind,
      titleKind: titleKind(a.title),
      signedOn: a.signedOn,
      events: a.events,
      background: null,
      activities: a.activities.map(({ text, line }) => ({ text, period: null, heading: null, line })),
      activityNotes: [],
      outcomes: null,
      challenges: null,
      urls: [],
      links: [],
      parties: a.parties.map(({ place, side, written }) => ({ municipality: registry.resolve(placeKey(place)), side, written })),
      contacts: [],
      source,
      sources: [source],
    };
  });
  const byKey = new Map([...survey, ...records].map((r) => [r.key, r]));
  for (const m of curated.sameAs) {
    const target = byKey.get(m.target);
    if (!target) {
      book.fail(`curated ${m.key}: sameAs "${m.target}" is no agreement's key`);
      continue;
    }
    target.sources.push({ document: m.document, line: m.line });
    // The passage names the target's parties, all of them (001 line 542 names 7.39's three regions).
    const named = [...new Set(m.parties.map((p) => registry.resolve(placeKey(p.place))))].sort();
    const parties = [...new Set(target.parties.map((p) => p.municipality))].sort();
    if (named.join('|') !== parties.join('|'))
      book.fail(`curated ${m.key}: names ${named.join('、')}, but ${m.target}'s parties are ${parties.join('、')}`);
    const [mine, theirs] = [titleKind(m.title), target.titleKind];
    if (mine && theirs && mine !== theirs) {
      book.decide(
        {
          id: `mention-differs:${m.key}`,
          lines: [m.line, target.source.line],
          message: `${m.document} line ${m.line} calls ${target.key} a ${mine}; its source (${target.source.document} line ${target.source.line}) a ${theirs}`,
        },
        ['same-agreement'],
      );
    }
  }
  return records;
}

/** Municipality key → its successor's key. */
export function successorMap(curated: Curated, registry: MunicipalityRegistry): Map<string, string> {
  return new Map(curated.successors.map((s) => [registry.resolve(placeKey(s.place)), registry.resolve(placeKey(s.successor))]));
}
