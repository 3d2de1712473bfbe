/**
 * The registry of places: every level of every party's path becomes one
 * municipality, keyed by country and path ("CN/遼寧省/瀋陽市"). Places written two
 * ways are found here and joined by an alias decision.
 */
import type { DecisionBook } from './decisions';
import type { MunicipalityRecord } from '../records/records';
import type { Place } from './places';

/** Key of a place's last level, or of its first `depth` levels. */
export function placeKey(place: Place, depth = place.levels.length): string {
  return [place.country, ...place.levels.slice(0, depth).map((l) => l.name)].join('/');
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** `short` can be read out of `long` by deleting characters (在日デンマーク王国大使館 ⊂ 在日本デンマーク王国日本大使館). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

export class MunicipalityRegistry {
  private readonly records = new Map<string, MunicipalityRecord>();
  /** Lines where each key was written, for the issues. */
  private readonly lines = new Map<string, Set<number>>();
  private aliases = new Map<string, string>();
  /** Places named by the curated documents: kept, but not compared for variants (their lines are another document's). */
  private readonly curated = new Set<string>();

  /** Register every level of a place, written at `line` of the survey (null: named by a curated document). */
  add(place: Place, line: number | null): void {
    place.levels.forEach((level, i) => {
      const key = placeKey(place, i + 1);
      const parent = i === 0 ? null : placeKey(place, i);
      if (!this.records.has(key)) {
        const fullName = place.levels
          .slice(0, i + 1)
          .map((l) => l.name)
          .join('');
        this.records.set(key, { key, name: level.name, fullName, kind: level.kind, country: place.country, parent, successor: null });
      }
      if (i === place.levels.length - 1 && line == null) this.curated.add(key);
      else if (i === place.levels.length - 1) {
        if (!this.lines.has(key)) this.lines.set(key, new Set());
        this.lines.get(key)!.add(line!);
      }
    });
  }

  /**
   * Find places that are probably one place written two ways, and apply the decisions:
   * the same name in the same country once with and once without the levels above it
   * (瀋陽市 / 遼寧省瀋陽市), or names one character apart (済州 / 済洲), or one name
   * contained in the other (organisations).
   */
  resolveVariants(book: DecisionBook): void {
    const list = [...this.records.values()].filter((r) => this.lines.has(r.key));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.country !== b.country || a.kind !== b.kind) continue;
        const sameName = a.name === b.name;
        const near = a.name.length >= 4 && editDistance(a.name, b.name) === 1;
        const [s, l] = a.name.length <= b.name.length ? [a.name, b.name] : [b.name, a.name];
        const contained = a.kind === 'ORGANIZATION' && s.length >= 4 && s !== l && isSubsequence(s, l);
        if (!sameName && !near && !contained) continue;
        const [first, second] = [a.key, b.key].sort();
        const lines = [...new Set([...this.lines.get(first)!, ...this.lines.get(second)!])].sort((x, y) => x - y);
        const d = book.decide(
          {
            id: `variant:${first}|${second}`,
            lines,
            message: `"${first}" and "${second}" may be one place written two ways`,
          },
          ['alias', 'distinct'],
        );
        if (d?.action !== 'alias') continue;
        const to = d.to;
        if (to !== first && to !== second) {
          book.fail(`${d.id}: "to" must be "${first}" or "${second}"`);
          continue;
        }
        this.aliases.set(to === first ? second : first, to);
      }
    }
  }

  /** The key a place is known by, after aliases. */
  resolve(key: string): string {
    let k = key;
    for (let guard = 0; this.aliases.has(k) && guard < 10; guard++) k = this.aliases.get(k)!;
    return k;
  }

  /** Records without the aliased-away keys and without levels only they used, parents first; `successors` maps a key to its successor's. */
  toRecords(successors: ReadonlyMap<string, string> = new Map()): MunicipalityRecord[] {
    const used = new Set<string>();
    for (const key of [...this.lines.keys(), ...this.curated]) {
      for (let k: string | null = this.resolve(key); k; k = this.records.get(k)?.parent ?? null) used.add(k);
    }
    return [...this.records.values()]
      .filter((r) => used.has(r.key))
      .map((r) => ({ ...r, successor: successors.get(r.key) ?? null }))
      .sort((a, b) => a.key.split('/').length - b.key.split('/').length || a.key.localeCompare(b.key));
  }
}
