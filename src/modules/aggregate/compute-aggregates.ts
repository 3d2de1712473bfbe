/**
 * Grouped counts of the agreements matching a filter, in a fixed number of statements:
 * the filter, the listings, the parties with their municipalities, and the groups' records.
 */
import type { EntityManager } from '@mikro-orm/core';
import { pkOf } from '../../graphql/loaders';
import { AgreementParty } from '../agreement/agreement-party.entity';
import type { AgreementFilter } from '../agreement/agreement-filter.input';
import { findAgreements } from '../agreement/find-agreements';
import { PartySide } from '../agreement/party-side';
import { Category } from '../category/category.entity';
import { Country } from '../country/country.entity';
import { Listing } from '../listing/listing.entity';
import { Municipality } from '../municipality/municipality.entity';
import { MunicipalityKind } from '../municipality/municipality-kind';
import type { AgreementAggregates } from './aggregate.types';

/** Add `pk` once to the set of `group`. */
function addTo<K>(groups: Map<K, Set<number>>, group: K, pk: number): void {
  if (!groups.has(group)) groups.set(group, new Set());
  groups.get(group)!.add(pk);
}

/** Largest groups first, then by key. */
const bySize = <K>(groups: Map<K, Set<number>>) =>
  [...groups.entries()].sort((a, b) => b[1].size - a[1].size || String(a[0]).localeCompare(String(b[0])));

export async function computeAggregates(em: EntityManager, filter: AgreementFilter | null | undefined): Promise<AgreementAggregates> {
  const rows = await findAgreements(em, filter);
  const pks = rows.map((r) => r.pk);
  const [listings, parties, categories] = await Promise.all([
    em.find(Listing, { agreement: { pk: { $in: pks } } }),
    em.find(AgreementParty, { agreement: { pk: { $in: pks } } }, { populate: ['municipality'] }),
    em.find(Category, {}, { orderBy: { code: 'asc' } }),
  ]);
  const byCategory = new Map<number, Set<number>>();
  for (const l of listings) addTo(byCategory, pkOf(l.category) as number, pkOf(l.agreement) as number);
  const byCountry = new Map<string, Set<number>>();
  const byPrefecture = new Map<string, Set<number>>();
  for (const p of parties) {
    const agreement = pkOf(p.agreement) as number;
    const m = p.municipality;
    if (p.side === PartySide.FOREIGN) addTo(byCountry, pkOf(m.country) as string, agreement);
    // The prefecture is the first level of a Japanese key: "JP/青森県/青森市" → "JP/青森県".
    else if (m.key.split('/').length >= 2 && m.kind !== MunicipalityKind.ORGANIZATION)
      addTo(byPrefecture, m.key.split('/').slice(0, 2).join('/'), agreement);
  }
  const byYear = new Map<number | null, Set<number>>();
  for (const r of rows) addTo(byYear, r.signedIso ? Number(r.signedIso.slice(0, 4)) : null, r.pk);

  const [countries, prefectures] = await Promise.all([
    em.find(Country, { code: { $in: [...byCountry.keys()] } }),
    em.find(Municipality, { key: { $in: [...byPrefecture.keys()] } }),
  ]);
  const country = new Map(countries.map((c) => [c.code, c]));
  const prefecture = new Map(prefectures.map((m) => [m.key, m]));
  return {
    total: rows.length,
    byCategory: categories.map((category) => ({ category, count: byCategory.get(category.code)?.size ?? 0 })),
    byCountry: bySize(byCountry).map(([code, set]) => ({ country: country.get(code)!, count: set.size })),
    byPrefecture: bySize(byPrefecture).map(([key, set]) => ({ prefecture: prefecture.get(key)!, count: set.size })),
    byYear: [...byYear.entries()].sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity)).map(([year, set]) => ({ year, count: set.size })),
  };
}
