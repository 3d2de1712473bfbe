/**
 * The curated files under seeds/curated/: agreements that the prose documents (000–003)
 * name, recorded by hand with the line of every party and date. Reading them checks
 * that each recorded line really holds what the record says it does.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { AGREEMENT_KINDS, type AgreementKind } from '../records/enums';
import { isoOf, partialIsoParts } from '../records/partial-date';
import { readPlace, type Place, type Side } from './places';
import type { DatedEvent, PartialDate } from '../records/records';

interface CuratedParty {
  name: string;
  written: string;
  side: Side;
  line: number;
}
interface CuratedDate {
  text: string;
  iso: string;
  line: number;
}
interface CuratedAgreement {
  line: number;
  kind?: AgreementKind;
  sameAs?: string;
  title: string;
  date?: CuratedDate | null;
  /** Dates the passage ties to the agreement that are not its own (川場村 chosen as 区民健康村, 1981). */
  events?: Array<CuratedDate & { label: string }>;
  parties: CuratedParty[];
  activities?: Array<{ text: string; line: number }>;
}
interface CuratedFile {
  document: string;
  agreements: CuratedAgreement[];
  /** Merged municipalities, with the line that names the successor. */
  successors?: Array<{ municipality: string; successor: string; line: number }>;
}

export interface CuratedRecord {
  key: string;
  document: string;
  line: number;
  kind: AgreementKind;
  title: string;
  signedOn: PartialDate | null;
  /** Line of the date in its document. */
  dateLine: number | null;
  /** Every dated event: the agreement's date, then the other dates the passage gives with what it says of them. */
  events: DatedEvent[];
  parties: Array<{ place: Place; side: Side; written: string; line: number }>;
  activities: Array<{ text: string; line: number }>;
}

/** A passage that names an agreement recorded elsewhere (`sameAs`). */
export interface CuratedMention {
  key: string;
  target: string;
  document: string;
  line: number;
  title: string;
  parties: Array<{ place: Place; side: Side; written: string; line: number }>;
}

export interface CuratedSuccessor {
  place: Place;
  successor: Place;
  document: string;
  line: number;
}

/** Text of lines `line`…`line + 2`, without spaces and in NFKC, so that a name broken across lines is found. */
function windowOf(lines: string[], line: number): string {
  return lines
    .slice(line - 1, line + 2)
    .join('')
    .normalize('NFKC')
    .replace(/\s+/g, '');
}
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Read every curated file; throws naming the file, record and line that is wrong. */
export function readCurated(
  dir: string,
  sourceDir: string,
): { agreements: CuratedRecord[]; sameAs: CuratedMention[]; successors: CuratedSuccessor[] } {
  const agreements: CuratedRecord[] = [];
  const sameAs: CuratedMention[] = [];
  const successors: CuratedSuccessor[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CuratedFile;
    const lines = readFileSync(join(sourceDir, data.document), 'utf8').split('\n');
    const short = data.document.slice(0, 3);
    const fail = (what: string, line: number, problem: string): never => {
      throw new Error(`seeds/curated/${file}, ${what} (${data.document} line ${line}): ${problem}`);
    };
    const check = (what: string, line: number, text: string) => {
      if (!Number.isInteger(line) || line < 1 || line > lines.length) fail(what, line, 'no such line');
      if (!windowOf(lines, line).includes(squash(text))) fail(what, line, `"${text}" is not on this line or the next two`);
    };
    for (const a of data.agreements) {
      const key = `${short}:${a.line}`;
      const what = `"${a.title}"`;
      if (a.parties.length < 2) fail(what, a.line, 'needs at least two parties');
      const parties = a.parties.map((p) => {
        check(`${what}, party ${p.written}`, p.line, p.written);
        try {
          return { place: readPlace(p.name, p.side), side: p.side, written: p.written, line: p.line };
        } catch (e) {
          return fail(what, p.line, (e as Error).message);
        }
      });
      if (a.sameAs) {
        sameAs.push({ key, target: a.sameAs, document: data.document, line: a.line, title: a.title, parties });
        continue;
      }
      if (!a.kind || !AGREEMENT_KINDS.includes(a.kind)) fail(what, a.line, `kind must be one of ${AGREEMENT_KINDS.join(', ')}`);
      const dateOf = (d: CuratedDate): PartialDate => {
        check(`${what}, date`, d.line, d.text);
        const parts = partialIsoParts(d.iso);
        if (!parts) fail(what, d.line, `date iso "${d.iso}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
        const { year, month, day } = parts!;
        return { year, month, day, iso: isoOf(year, month, day), text: d.text };
      };
      const signedOn = a.date ? dateOf(a.date) : null;
      const events: DatedEvent[] = signedOn ? [{ date: signedOn, label: null, line: a.date!.line }] : [];
      for (const e of a.events ?? []) {
        check(`${what}, event`, e.line, e.label);
        events.push({ date: dateOf(e), label: e.label, line: e.line });
      }
      const key2 = agreements.some((x) => x.key === key) ? `${key}#${a.title}` : key;
      agreements.push({
        key: key2,
        document: data.document,
        line: a.line,
        kind: a.kind!,
        title: a.title,
        signedOn,
        dateLine: a.date?.line ?? null,
        events,
        parties,
        activities: a.activities ?? [],
      });
    }
    for (const s of data.successors ?? []) {
      const place = readPlace(s.municipality, 'DOMESTIC');
      const successor = readPlace(s.successor, 'DOMESTIC');
      const document = data.document;
      const text = readFileSync(join(sourceDir, document), 'utf8')
        .split('\n')
        .slice(s.line - 1, s.line + 2)
        .join('')
        .replace(/\s+/g, '');
      const name = successor.levels[successor.levels.length - 1].name;
      if (!text.includes(name))
        throw new Error(
          `seeds/curated/${file}, successor of ${s.municipality} (${document} line ${s.line}): "${name}" is not on this line or the next two`,
        );
      successors.push({ place, successor, document, line: s.line });
    }
  }
  return { agreements, sameAs, successors };
}
