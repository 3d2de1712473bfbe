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

/** Where a curated document names a place. */
export interface PassageRef {
  document: string;
  line: number;
}

/** Small kana, long marks and dots folded: the spellings one name gets in katakana (クィーンズランド / クイーンズランド). */
function kanaKey(name: string): string {
  const small: Record<string, string> = {
    ァ: 'ア',
    ィ: 'イ',
    ゥ: 'ウ',
    ェ: 'エ',
    ォ: 'オ',
    ッ: 'ツ',
    ャ: 'ヤ',
    ュ: 'ユ',
    ョ: 'ヨ',
    ヮ: 'ワ',
    ヴ: 'ブ',
  };
  return name.replace(/[ァィゥェォッャュョヮヴ]/g, (c) => small[c]).replace(/[ー・=＝\s]/g, '');
}

/** The name a place is of, before what it is (アヌシー in アヌシー都市圏共同体): its leading katakana. */
function leadingKana(name: string): string {
  return /^[ァ-ヺー・]*/.exec(name)![0];
}

/** Why two records may be one place, or null. */
function nearDuplicate(a: MunicipalityRecord, b: MunicipalityRecord): string | null {
  if (a.country !== b.country) return null;
  if (a.name === b.name) return 'the same name at two places of the hierarchy';
  if (kanaKey(a.name) === kanaKey(b.name)) return 'the same name in two katakana spellings';
  if (a.kind !== b.kind) return null;
  if (a.name.length >= 4 && editDistance(a.name, b.name) === 1) return 'names one character apart';
  const [s, l] = a.name.length <= b.name.length ? [a.name, b.name] : [b.name, a.name];
  if (a.kind !== 'ORGANIZATION') return null;
  if (s.length >= 4 && isSubsequence(s, l)) return 'one name inside the other';
  const lead = leadingKana(a.name);
  if (lead.length >= 3 && lead === leadingKana(b.name)) return 'two bodies of the same place';
  return null;
}

export class MunicipalityRegistry {
  private readonly records = new Map<string, MunicipalityRecord>();
  /** Survey lines where each key is written as a party. */
  private readonly lines = new Map<string, Set<number>>();
  /** Passages of curated documents that name each key. */
  private readonly passages = new Map<string, PassageRef[]>();
  /** Survey lines of the parties under each key that is only ever written as a level above one (クイーンズランド州). */
  private readonly linesBelow = new Map<string, Set<number>>();
  private aliases = new Map<string, string>();

  /** Register every level of a place, written at a line of the survey or in a curated document's passage. */
  add(place: Place, where: number | PassageRef): void {
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
      if (i < place.levels.length - 1) {
        if (typeof where !== 'number') return;
        if (!this.linesBelow.has(key)) this.linesBelow.set(key, new Set());
        this.linesBelow.get(key)!.add(where);
        return;
      }
      if (typeof where === 'number') {
        if (!this.lines.has(key)) this.lines.set(key, new Set());
        this.lines.get(key)!.add(where);
      } else {
        if (!this.passages.has(key)) this.passages.set(key, []);
        this.passages.get(key)!.push(where);
      }
    });
  }

  /** The lines of every source that names `key` (survey lines, then the curated passages'). */
  private linesOf(key: string): number[] {
    const own = [...(this.lines.get(key) ?? []), ...(this.passages.get(key) ?? []).map((p) => p.line)];
    return own.length ? own : [...(this.linesBelow.get(key) ?? [])];
  }

  private where(key: string): string {
    const survey = [...(this.lines.get(key) ?? this.linesBelow.get(key) ?? [])];
    const passages = (this.passages.get(key) ?? []).map((p) => `${p.document.slice(0, 3)} line ${p.line}`);
    return [...(survey.length ? [`004 line ${survey.join(', ')}`] : []), ...passages].join('; ');
  }

  /**
   * Find places that are probably one place written two ways, in any source, and apply the
   * decisions: the same name with and without the levels above it (ウラジオストク市 /
   * 沿海地方ウラジオストク市), the same name in two katakana spellings (クィーンズランド州 /
   * クイーンズランド州), names one character apart (済州 / 済洲), one organisation's name inside
   * another's, two organisations of the same place (アヌシー広域行政体 / アヌシー都市圏共同体).
   * Each pair needs a decision: alias (one place, kept under `to`) or distinct.
   */
  resolveVariants(book: DecisionBook): void {
    const list = [...this.records.values()].filter((r) => this.linesOf(r.key).length > 0);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const why = nearDuplicate(list[i], list[j]);
        if (!why) continue;
        const [first, second] = [list[i].key, list[j].key].sort();
        const lines = [...new Set([...this.linesOf(first), ...this.linesOf(second)])].sort((x, y) => x - y);
        const d = book.decide(
          {
            id: `variant:${first}|${second}`,
            lines,
            message: `"${first}" (${this.where(first)}) and "${second}" (${this.where(second)}) may be one place: ${why}`,
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

  /** The keys merged into another by an alias decision, with the key they now resolve to. */
  merged(): Array<{ from: string; to: string }> {
    return [...this.aliases.keys()].map((from) => ({ from, to: this.resolve(from) }));
  }

  /** Records without the aliased-away keys and without levels only they used, parents first; `successors` maps a key to its successor's. */
  toRecords(successors: ReadonlyMap<string, string> = new Map()): MunicipalityRecord[] {
    const used = new Set<string>();
    for (const key of [...this.lines.keys(), ...this.passages.keys()]) {
      for (let k: string | null = this.resolve(key); k; k = this.records.get(k)?.parent ?? null) used.add(k);
    }
    return [...this.records.values()]
      .filter((r) => used.has(r.key))
      .map((r) => ({ ...r, parent: r.parent && this.resolve(r.parent), successor: successors.get(r.key) ?? null }))
      .sort((a, b) => a.key.split('/').length - b.key.split('/').length || a.key.localeCompare(b.key));
  }
}
