/** The survey's two summary tables, recomputed from the database in five statements. */
import type { EntityManager } from '@mikro-orm/core';
import { AgreementParty } from '../agreement/agreement-party.entity';
import { Agreement } from '../agreement/agreement.entity';
import { PartySide } from '../agreement/party-side';
import { Category } from '../category/category.entity';
import { Country } from '../country/country.entity';
import { Listing } from '../listing/listing.entity';
import { pkOf } from '../../server/loaders';
import type { Stats } from './stats.types';

interface Tally { listings: number; relisted: number; markedRelisted: number; multilateral: number }
const tally = (): Tally => ({ listings: 0, relisted: 0, markedRelisted: 0, multilateral: 0 });

/** The tables over every source, or over one source document (the CLAIR survey's: its own tables exactly). */
export async function computeStats(em: EntityManager, source?: string | null): Promise<Stats> {
  const inSource = source ? { agreement: { sourceDocument: source } } : {};
  const [listings, agreements, parties, categories] = await Promise.all([
    em.find(Listing, inSource, { orderBy: { pk: 'asc' } }),
    em.find(Agreement, source ? { sourceDocument: source } : {}),
    em.find(AgreementParty, inSource, { populate: ['municipality'] }),
    em.find(Category, {}, { orderBy: { code: 'asc' } }),
  ]);
  const multilateral = new Map(agreements.map((a) => [a.pk, a.multilateral]));
  const foreignCountry = new Map(parties.filter((p) => p.side === PartySide.FOREIGN)
    .map((p) => [pkOf(p.agreement) as number, pkOf(p.municipality.country) as string]));
  const byCategory = new Map(categories.map((c) => [c.code, tally()]));
  const byCountry = new Map<string, Tally>();
  const totals = tally();
  for (const l of listings) {
    const agreement = pkOf(l.agreement) as number;
    const multi = multilateral.get(agreement)!;
    const rows = [totals, byCategory.get(pkOf(l.category) as number)!];
    if (!multi) {
      const code = foreignCountry.get(agreement)!;
      if (!byCountry.has(code)) byCountry.set(code, tally());
      rows.push(byCountry.get(code)!);
    }
    for (const t of rows) {
      t.listings++;
      if (l.relisted) t.relisted++;
      if (l.markedRelisted) t.markedRelisted++;
      if (multi) t.multilateral++;
    }
  }
  const countries = await em.find(Country, { code: { $in: [...byCountry.keys()] } });
  const country = new Map(countries.map((c) => [c.code, c]));
  return {
    totals: {
      listings: totals.listings, oneToOne: totals.listings - totals.multilateral, multilateral: totals.multilateral,
      relisted: totals.relisted, markedRelisted: totals.markedRelisted, agreements: agreements.length,
      municipalities: new Set(parties.map((p) => pkOf(p.municipality))).size,
    },
    byCategory: categories.map((category) => ({ category, ...byCategory.get(category.code)! })),
    byCountry: [...byCountry.entries()]
      .sort((a, b) => b[1].listings - a[1].listings || a[0].localeCompare(b[0]))
      .map(([code, t]) => ({ country: country.get(code)!, listings: t.listings, relisted: t.relisted, markedRelisted: t.markedRelisted })),
  };
}
