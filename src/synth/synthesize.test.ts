import { readFileSync } from 'fs';
import { validateDataset } from '../db/validate-dataset';
import type { Dataset } from '../records/records';
import { inProject } from '../project-root';
import { NUMBER_STRIDE, synthesize } from './synthesize';

const real = JSON.parse(readFileSync(inProject('seeds/clair-2012.json'), 'utf8')) as Dataset;

/** How often each value occurs. */
function histogram<T>(items: T[], by: (item: T) => string | number): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) counts.set(by(item), (counts.get(by(item)) ?? 0) + 1);
  return counts;
}
const times = (h: Map<string | number, number>, n: number) => new Map([...h].map(([k, v]) => [k, v * n]));

describe('synthesize', () => {
  const scale = 4;
  const data = synthesize(real, { scale });
  const countryOf = new Map(data.municipalities.map((m) => [m.key, m.country]));

  it('makes a dataset the loader accepts, scale times the agreements and listings', () => {
    expect(() => validateDataset(data)).not.toThrow();
    expect(data.agreements).toHaveLength(scale * real.agreements.length);
    expect(data.listings).toHaveLength(scale * real.listings.length);
    expect(data.agreements.slice(0, real.agreements.length)).toEqual(real.agreements);
  });

  it('keeps the distributions of categories, kinds, parties, countries, activities and years exactly', () => {
    expect(histogram(data.listings, (l) => l.category)).toEqual(
      times(
        histogram(real.listings, (l) => l.category),
        scale,
      ),
    );
    expect(histogram(data.agreements, (a) => a.kind)).toEqual(
      times(
        histogram(real.agreements, (a) => a.kind),
        scale,
      ),
    );
    expect(histogram(data.agreements, (a) => a.parties.length)).toEqual(
      times(
        histogram(real.agreements, (a) => a.parties.length),
        scale,
      ),
    );
    expect(histogram(data.agreements, (a) => a.activities.length)).toEqual(
      times(
        histogram(real.agreements, (a) => a.activities.length),
        scale,
      ),
    );
    expect(histogram(data.agreements, (a) => a.signedOn?.year ?? 'none')).toEqual(
      times(
        histogram(real.agreements, (a) => a.signedOn?.year ?? 'none'),
        scale,
      ),
    );
    const parties = (d: Dataset) => d.agreements.flatMap((a) => a.parties.map((p) => countryOf.get(p.municipality)!));
    expect(histogram(parties(data), (c) => c)).toEqual(
      times(
        histogram(parties(real), (c) => c),
        scale,
      ),
    );
  });

  it('shares prefectures and states, twins the places under them, and links copies', () => {
    const keys = new Set(data.municipalities.map((m) => m.key));
    expect(keys.has('JP/北海道')).toBe(true);
    expect(keys.has('JP/北海道~1')).toBe(false);
    const sapporo = data.municipalities.find((m) => m.key === 'JP/北海道/札幌市~3')!;
    expect(sapporo).toMatchObject({ name: '札幌市（合成3）', parent: 'JP/北海道' });
    const copyOf = (key: string) => Number(/~(\d+)$/.exec(key)?.[1] ?? 0);
    // Some parties of copy k are twins from another copy j ≠ 0, k.
    const crossCopy = data.agreements.filter((a) =>
      a.parties.some((p) => copyOf(p.municipality) > 0 && copyOf(p.municipality) !== copyOf(a.key)),
    );
    expect(crossCopy.length).toBeGreaterThan(0);
    expect(Math.max(...data.listings.map((l) => l.number))).toBeLessThan(scale * NUMBER_STRIDE);
  });

  it('gives the same data for the same seed, other data for another', () => {
    expect(JSON.stringify(synthesize(real, { scale: 3 }))).toBe(JSON.stringify(synthesize(real, { scale: 3 })));
    expect(JSON.stringify(synthesize(real, { scale: 3, seed: 'other' }))).not.toBe(JSON.stringify(synthesize(real, { scale: 3 })));
  });

  it('refuses a scale that is not a whole number from 1 to 1000', () => {
    for (const scale of [0, 1.5, -2, 1001, NaN]) expect(() => synthesize(real, { scale })).toThrow(/scale must be an integer/);
    expect(synthesize(real, { scale: 1 })).toEqual(real);
  });
});
