/**
 * The survey's two summary tables, recomputed from the database in three statements whose
 * answers do not grow with the data: the listings are counted by SQL, grouped by category,
 * multilateral or not, and the foreign party's country (what the tables are broken down by);
 * categories and countries come from the reference data.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ReferenceData } from '../../db/reference-data';
import { Country } from '../country/country.entity';
import type { Stats } from './stats.types';

interface Tally {
  listings: number;
  relisted: number;
  markedRelisted: number;
  multilateral: number;
}
const tally = (): Tally => ({ listings: 0, relisted: 0, markedRelisted: 0, multilateral: 0 });

/** One group of listings as the database counts it (PostgreSQL returns counts as strings). */
interface GroupRow {
  category: number;
  multilateral: unknown;
  country: string | null;
  listings: unknown;
  relisted: unknown;
  marked: unknown;
}

/** The tables over every source, or over one source document (the CLAIR survey's: its own tables exactly). */
export async function computeStats(em: EntityManager, reference: ReferenceData, source?: string | null): Promise<Stats> {
  const sql = em as SqlEntityManager;
  const knex = sql.getKnex();
  const inSource = <Q extends { where(column: string, value: string): Q }>(q: Q, column: string) => (source ? q.where(column, source) : q);
  // The country of a one-to-one agreement's foreign party (multilateral ones are not broken down by country).
  const foreignCountry = knex('agreement_party as p')
    .join('municipality as m', 'm.pk', 'p.municipality_pk')
    .where('p.side', 'FOREIGN')
    .whereRaw('p.agreement_pk = a.pk')
    .min('m.country_code');
  const groups = inSource(knex('listing as l').join('agreement as a', 'a.pk', 'l.agreement_pk'), 'a.source_document')
    .select(
      'l.category_code as category',
      'a.multilateral as multilateral',
      knex.raw('case when a.multilateral then null else (?) end as country', [foreignCountry]),
    )
    .count('* as listings')
    .select(
      knex.raw('sum(case when l.relisted then 1 else 0 end) as relisted'),
      knex.raw('sum(case when l.marked_relisted then 1 else 0 end) as marked'),
    )
    .groupBy('l.category_code', 'a.multilateral', 'country');
  const agreementCount = inSource(knex('agreement as a'), 'a.source_document').count('* as n');
  const partyCount = inSource(
    knex('agreement_party as p').join('agreement as a', 'a.pk', 'p.agreement_pk'),
    'a.source_document',
  ).countDistinct('p.municipality_pk as n');
  const [rows, [agreements], [municipalities]] = await Promise.all([
    sql.execute<GroupRow[]>(groups),
    sql.execute<Array<{ n: unknown }>>(agreementCount),
    sql.execute<Array<{ n: unknown }>>(partyCount),
  ]);
  const { categories } = reference;

  const byCategory = new Map(categories.map((c) => [c.code, tally()]));
  const byCountry = new Map<string, Tally>();
  const totals = tally();
  for (const row of rows) {
    const multilateral = Boolean(Number(row.multilateral));
    const tallies = [totals, byCategory.get(Number(row.category))!];
    if (!multilateral && row.country) {
      if (!byCountry.has(row.country)) byCountry.set(row.country, tally());
      tallies.push(byCountry.get(row.country)!);
    }
    for (const t of tallies) {
      t.listings += Number(row.listings);
      t.relisted += Number(row.relisted);
      t.markedRelisted += Number(row.marked);
      if (multilateral) t.multilateral += Number(row.listings);
    }
  }
  // Countries from the reference data; one the snapshot does not know yet (an unnoticed re-import) from the database.
  const unknown = [...byCountry.keys()].filter((code) => !reference.country(code));
  const read = unknown.length ? await em.find(Country, { code: { $in: unknown } }) : [];
  const country = new Map<string, Country>(read.map((c) => [c.code, c]));
  for (const code of byCountry.keys()) if (!country.has(code)) country.set(code, reference.country(code)!);
  return {
    totals: {
      listings: totals.listings,
      oneToOne: totals.listings - totals.multilateral,
      multilateral: totals.multilateral,
      relisted: totals.relisted,
      markedRelisted: totals.markedRelisted,
      agreements: Number(agreements.n),
      municipalities: Number(municipalities.n),
    },
    byCategory: categories.map((category) => ({ category, ...byCategory.get(category.code)! })),
    byCountry: [...byCountry.entries()]
      .sort((a, b) => b[1].listings - a[1].listings || a[0].localeCompare(b[0]))
      .map(([code, t]) => ({ country: country.get(code)!, listings: t.listings, relisted: t.relisted, markedRelisted: t.markedRelisted })),
  };
}
