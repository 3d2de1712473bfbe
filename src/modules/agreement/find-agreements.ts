/**
 * The agreements matching a filter, in source order, in one SQL statement (plus one
 * to resolve a prefecture or municipality named in the filter).
 */
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/core';
import type { Knex, QueryBuilder } from '@mikro-orm/knex';
import { Listing } from '../listing/listing.entity';
import { Municipality } from '../municipality/municipality.entity';
import { MunicipalityKind } from '../municipality/municipality-kind';
import { dialectOf, searchCondition } from '../../db/search-index';
import { fromGlobalId } from '../shared/global-id';
import { AgreementParty } from './agreement-party.entity';
import { Agreement } from './agreement.entity';
import type { AgreementFilter } from './agreement-filter.input';

export interface AgreementRow {
  pk: number;
  key: string;
  title: string;
  kind: string;
  signedIso: string | null;
}

const DATE_BOUND = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function dateBound(name: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!DATE_BOUND.test(value)) {
    throw new GraphQLError(`${name} must be YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2004 or 2004-12-24); got "${value}".`, {
      extensions: { code: 'BAD_DATE' },
    });
  }
  return value;
}

/** Compare a partial date with a bound over the part both know: 2004 is within 2004-06…2004-12. */
function compareKnown(date: string, bound: string): number {
  const n = Math.min(date.length, bound.length);
  return date.slice(0, n).localeCompare(bound.slice(0, n));
}

type SqlEm = EntityManager & {
  createQueryBuilder: <T extends object>(entity: new () => T, alias: string) => QueryBuilder<T>;
  getKnex: () => Knex;
};

/** The municipality a filter names by id, or by name for a prefecture. */
async function namedMunicipality(em: EntityManager, value: string, prefecture: boolean): Promise<{ pk: number; key: string } | null> {
  const id = fromGlobalId(value);
  const where =
    id?.type === 'Municipality'
      ? { key: id.key }
      : prefecture
        ? { $or: [{ name: value }, { fullName: value }], kind: MunicipalityKind.PREFECTURE }
        : null;
  if (!where) return null;
  // Raw row, not an entity: a partly loaded entity must not enter the identity map.
  const row = await (em as SqlEm)
    .createQueryBuilder(Municipality, 'm')
    .select(['m.pk', 'm.key'])
    .where(where)
    .limit(1)
    .execute<{ pk: number; key: string } | undefined>('get');
  return row ?? null;
}

/**
 * A municipality and every level under it (cities, and wards under them), following parent
 * links through their index; matching keys by prefix scanned every party (at 100× the data, 25 ms → 4 ms).
 */
function selfAndBelow(sql: SqlEm, pk: number) {
  return sql
    .getKnex()
    .withRecursive('under', ['pk'], (q) =>
      q
        .select('pk')
        .from('municipality')
        .where('pk', pk)
        .unionAll((u) => {
          u.select('c.pk').from('municipality as c').join('under', 'c.parent_pk', 'under.pk');
        }),
    )
    .select('pk')
    .from('under');
}

/** Agreements any of whose mentions (first sheet, re-listings, other documents' passages) is in one of `documents`. */
function mentionedIn(sql: SqlEm, documents: string[]) {
  return sql.getKnex().select('agreement_pk').from('agreement_source').whereIn('document', documents);
}

/** Agreements matching `filter`, in source order. */
export async function findAgreements(em: EntityManager, filter: AgreementFilter | null | undefined): Promise<AgreementRow[]> {
  const f = filter ?? {};
  const from = dateBound('signedFrom', f.signedFrom);
  const to = dateBound('signedTo', f.signedTo);
  const sql = em as SqlEm;
  const qb = sql.createQueryBuilder(Agreement, 'a').select(['a.pk', 'a.key', 'a.title', 'a.kind', 'a.signedIso']).orderBy({ pk: 'asc' });
  const partiesWhere = (where: object) =>
    sql.createQueryBuilder(AgreementParty, 'p').select('p.agreement').join('p.municipality', 'm').where(where).getKnexQuery();

  if (f.categoryCodes?.length) {
    const sub = sql
      .createQueryBuilder(Listing, 'l')
      .select('l.agreement')
      .where({ category: { $in: f.categoryCodes } });
    qb.andWhere({ pk: { $in: sub.getKnexQuery() } });
  }
  if (f.countries?.length) qb.andWhere({ pk: { $in: partiesWhere({ 'm.country': { $in: f.countries.map((c) => c.toUpperCase()) } }) } });
  for (const [value, isPrefecture] of [
    [f.prefecture, true],
    [f.municipality, false],
  ] as const) {
    if (value == null) continue;
    const m = await namedMunicipality(em, value, isPrefecture);
    if (!m) return [];
    // A prefecture: itself and everything under it. A municipality: itself and what merged into it.
    const parties = isPrefecture
      ? sql
          .createQueryBuilder(AgreementParty, 'p')
          .select('p.agreement')
          .where({ municipality: { $in: selfAndBelow(sql, m.pk) } })
          .getKnexQuery()
      : partiesWhere({ $or: [{ 'm.key': m.key }, { 'm.successor': m.pk }] });
    qb.andWhere({ pk: { $in: parties } });
  }
  if (f.sources?.length) qb.andWhere({ pk: { $in: mentionedIn(sql, f.sources) } });
  if (f.kinds?.length) qb.andWhere({ kind: { $in: f.kinds } });
  if (f.multilateral != null) qb.andWhere({ multilateral: f.multilateral });
  const search = f.search ? searchCondition(f.search, dialectOf(em)) : null;
  if (search) {
    const matching = sql.getKnex().select('ref').from('search_index').where('kind', 'Agreement').whereRaw(search.where, search.params);
    qb.andWhere({ pk: { $in: matching } });
  }
  const rows = await qb.execute<AgreementRow[]>('all');
  if (!from && !to) return rows;
  return rows.filter((r) => r.signedIso && (!from || compareKnown(r.signedIso, from) >= 0) && (!to || compareKnown(r.signedIso, to) <= 0));
}
