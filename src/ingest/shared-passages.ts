/**
 * Passages that two different agreements' sheets write word for word (2.1's outcomes are
 * 2.10's, line 1301 and line 1640): a copy between sheets that the data cannot settle, as
 * each sheet is served as it is printed. Every such pair is a finding decided in
 * seeds/decisions.json. Re-listings of one agreement repeat their sheet by design and are
 * not compared with each other.
 */
import type { DecisionBook } from './decisions';
import { cleanText } from './normalize';
import type { Entry } from './relistings';
import { stripHtml } from './text-blocks';

/**
 * A passage is a sentence (up to 。 or a line's end) at least this long, whitespace aside: more
 * than a row of the sheet, longer than the formulas the survey repeats on purpose
 * (教育・スポーツ・文化等の幅広い分野における青少年の相互交流を取り決め。 is 35).
 */
const LONG_PASSAGE = 40;

/** The free-text fields compared, with the field number they come from. */
const FIELDS = [
  ['background', 3],
  ['activities', 4],
  ['outcomes', 5],
  ['challenges', 5],
] as const;

const bare = (text: string) => cleanText(stripHtml(text)).replace(/\s+/g, '');

/** A sheet's long passages: passage → [field name, field number]. */
function passagesOf(e: Entry): Map<string, [string, number]> {
  const out = new Map<string, [string, number]>();
  for (const [name, n] of FIELDS) {
    const value = name === 'activities' ? e.data.activities.map((a) => a.text).join('\n') : e.data[name];
    for (const sentence of (value ?? '').split(/(?<=。)|\n/)) {
      const p = sentence.replace(/\s+/g, '');
      if ([...p].length >= LONG_PASSAGE && !out.has(p)) out.set(p, [name, n]);
    }
  }
  return out;
}

/** The source line of the sheet's field `n` that holds the passage (the field's heading line if none does). */
function lineOf(e: Entry, n: number, passage: string): number {
  const field = e.sheet.fields[n];
  const k = field.lines.findIndex((l) => bare(l).includes(passage.slice(0, 20)));
  return k >= 0 ? field.line + 1 + k : field.line;
}

/**
 * Record a finding for every two agreements whose sheets share a long passage; the message
 * says which fields, how long, and whether the two agreements have a party in common.
 */
export function checkSharedPassages(entries: Entry[], originalOf: Map<Entry, Entry>, book: DecisionBook): void {
  // Each agreement's first sheet speaks for it: its re-listings repeat it.
  const firsts = entries.filter((e) => !originalOf.has(e));
  const passages = new Map(firsts.map((e) => [e, passagesOf(e)]));
  const earlier = new Map<string, Entry[]>();
  const shared = new Map<string, { a: Entry; b: Entry; passages: Array<{ text: string; field: string; lines: number[] }> }>();
  for (const e of firsts) {
    for (const [passage, [field, n]] of passages.get(e)!) {
      for (const other of earlier.get(passage) ?? []) {
        const id = `same-text:${other.ref}+${e.ref}`;
        const pair = shared.get(id) ?? { a: other, b: e, passages: [] };
        const otherField = passages.get(other)!.get(passage)![1];
        pair.passages.push({ text: passage, field, lines: [lineOf(other, otherField, passage), lineOf(e, n, passage)] });
        shared.set(id, pair);
      }
      earlier.set(passage, [...(earlier.get(passage) ?? []), e]);
    }
  }
  for (const [id, pair] of shared) {
    const partiesOf = (e: Entry) => new Set(e.partyKeys.split('|'));
    const common = [...partiesOf(pair.a)].filter((k) => partiesOf(pair.b).has(k));
    const chars = pair.passages.reduce((n, p) => n + [...p.text].length, 0);
    const fields = [...new Set(pair.passages.map((p) => p.field))].join(', ');
    const withParties = common.length ? `${common.join('、')} in common` : 'no party in common';
    book.decide(
      {
        id,
        lines: [...new Set(pair.passages.flatMap((p) => p.lines))].sort((x, y) => x - y),
        message: `sheets ${pair.a.ref} and ${pair.b.ref}, two agreements with ${withParties}, write the same ${chars} characters in ${fields}: "${pair.passages[0].text.slice(0, 30)}…"`,
      },
      ['keep-both'],
    );
  }
}
