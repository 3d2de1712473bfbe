/**
 * A synthetic dataset `scale` times the real one, for benchmarks at 10× and 100×.
 *
 * Copy 0 is the real data. Every further copy repeats each real agreement and listing,
 * so the distributions of kinds, categories, parties per agreement, activities, contacts,
 * countries and years are exactly the real ones. Places below the prefecture or state
 * (cities, towns, villages, wards, foreign localities, organisations) get a twin per copy
 * (「札幌市（合成3）」); countries, prefectures and states are shared, as they are in life:
 * 北海道 at 100× has about 100 times the agreements. One party in five takes its twin from
 * another copy at random (seeded), so the copies are linked into one network rather than
 * being disjoint repeats of it.
 */
import seedrandom from 'seedrandom';
import type { AgreementRecord, Dataset, ListingRecord, MunicipalityRecord } from '../records/records';

/** Kinds that are not cloned: the hierarchy's upper levels. */
const SHARED_KINDS = new Set(['PREFECTURE', 'REGION']);

/** Listing numbers of copy c start at c × this (the survey's categories have under 40 each). */
export const NUMBER_STRIDE = 1000;

/** Share of cloned parties that take their twin from another copy. */
const CROSS_COPY_SHARE = 0.2;

export interface SynthOptions {
  scale: number;
  /** Seed of the random choices (default "teikei-synth"): the same seed gives the same file. */
  seed?: string;
}

const twinKey = (key: string, copy: number) => (copy === 0 ? key : `${key}~${copy}`);
const twinName = (name: string, copy: number) => (copy === 0 ? name : `${name}（合成${copy}）`);

/** The dataset `scale` times `real`; throws for a scale that is not an integer from 1 to 1000. */
export function synthesize(real: Dataset, { scale, seed = 'teikei-synth' }: SynthOptions): Dataset {
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new RangeError(`scale must be an integer from 1 to 1000; got ${scale}`);
  const maxNumber = Math.max(...real.listings.map((l) => l.number));
  if (maxNumber >= NUMBER_STRIDE) throw new RangeError(`listing numbers reach ${maxNumber}; copies would collide`);
  const random = seedrandom(seed);
  const cloned = new Set(real.municipalities.filter((m) => !SHARED_KINDS.has(m.kind)).map((m) => m.key));
  const at = (key: string, copy: number) => (cloned.has(key) ? twinKey(key, copy) : key);

  const municipalities: MunicipalityRecord[] = [...real.municipalities];
  const agreements: AgreementRecord[] = [...real.agreements];
  const listings: ListingRecord[] = [...real.listings];
  for (let copy = 1; copy < scale; copy++) {
    for (const m of real.municipalities) {
      if (!cloned.has(m.key)) continue;
      municipalities.push({
        ...m,
        key: twinKey(m.key, copy),
        name: twinName(m.name, copy),
        fullName: twinName(m.fullName, copy),
        parent: m.parent && at(m.parent, copy),
        successor: m.successor && at(m.successor, copy),
        // A twin sits where its original does, but is no local government: no code, no homepage.
        reference: m.reference && { ...m.reference, code: null, homepage: null },
      });
    }
    for (const a of real.agreements) {
      // Each party's copy: mostly this one, sometimes another. Distinct places stay distinct.
      const copyOf = new Map<string, number>();
      for (const p of a.parties) {
        const other = Math.floor(random() * scale);
        copyOf.set(p.municipality, random() < CROSS_COPY_SHARE ? other : copy);
      }
      const place = (key: string) => at(key, copyOf.get(key) ?? copy);
      agreements.push({
        ...a,
        key: twinKey(a.key, copy),
        formerKeys: a.formerKeys.map((k) => twinKey(k, copy)),
        title: twinName(a.title, copy),
        parties: a.parties.map((p) => ({ ...p, municipality: place(p.municipality) })),
        contacts: a.contacts.map((c) => ({ ...c, municipality: c.municipality && place(c.municipality) })),
      });
    }
    for (const l of real.listings) {
      listings.push({
        ...l,
        key: twinKey(l.key, copy),
        agreement: twinKey(l.agreement, copy),
        number: l.number + copy * NUMBER_STRIDE,
        title: twinName(l.title, copy),
      });
    }
  }
  return {
    ...real,
    document: scale === 1 ? real.document : `synthetic ×${scale} of ${real.document}`,
    municipalities,
    agreements,
    listings,
  };
}
