/**
 * The agreements matching a filter tree, in source order: one SQL statement per filter, however
 * deep the tree (each leaf a subquery of it); and the same for every municipality of a page at once.
 * The agreement module's reads for responses (src/db/sql-reader.ts): rows without the ORM's unit
 * of work, one statement per batch whatever the number of keys.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { shapeOf, type Row } from '../../db/row-shape';
import type { ChildList, SqlReader } from '../../db/sql-reader';
import { inList, type Condition } from '../../db/filter-tree';
import { dialectOf } from '../../db/search-index';
import { agreementsOwnedBy } from '../municipality/place-rules';
import { agreementFilterCondition } from './agreement-conditions';
import type { AgreementFilter } from './agreement-filter.input';
import { AgreementParty } from './agreement-party.entity';
import { AgreementSource } from './agreement-source.entity';
import { Agreement } from './agreement.entity';

export interface AgreementRow {
  pk: number;
  key: string;
  title: string;
  kind: string;
  signedIso: string | null;
  /** The agreement without its detail, when the statement that found it read that too (a page then needs no other read). */
  summary?: AgreementRead;
}

const ROW = 'a.pk as pk, a.key as key, a.title as title, a.kind as kind, a.signed_iso as "signedIso"';

/** PostgreSQL answers counts and some integers as strings; rows as the API uses them. */
const toRow = (r: AgreementRow): AgreementRow => ({ ...r, pk: Number(r.pk) });

/** The condition of `filter` on agreement row `a`, for this database. */
export function agreementCondition(em: SqlEntityManager, filter: AgreementFilter | null | undefined): Condition {
  return agreementFilterCondition(em.getKnex(), dialectOf(em), filter);
}

/** Agreements matching `filter`, in source order (one statement). */
export async function findAgreements(em: SqlEntityManager, filter: AgreementFilter | null | undefined): Promise<AgreementRow[]> {
  const knex = em.getKnex();
  const query = knex.raw(`select ${ROW} from agreement a where ? order by a.pk`, [agreementCondition(em, filter)]);
  return (await em.execute<AgreementRow[]>(query)).map(toRow);
}

/**
 * For each municipality of `owners`, the agreements it holds (its own and its merged towns') that
 * match `filter`, in source order: one statement for the whole page.
 */
export async function agreementsHeldBy(
  em: SqlEntityManager,
  owners: readonly number[],
  filter: AgreementFilter | null | undefined,
): Promise<Map<number, AgreementRow[]>> {
  const knex = em.getKnex();
  const held = agreementsOwnedBy(knex, inList(knex, 'o.pk', owners));
  // Each agreement without its detail, as the page's nodes will show it, once however many of the page's
  // municipalities hold it (up to 14 parties share one): as one JSON value on one of its rows.
  const summary = shapeOf(em, Agreement, AGREEMENT_DETAIL);
  const query = knex.raw(
    `select h.owner as owner, a.pk as pk, case when row_number() over (partition by a.pk) = 1 then ${summary.json(dialectOf(em), 'a')} end as summary
       from agreement a join (?) as h on h.agreement = a.pk where ? order by a.pk`,
    [held, agreementCondition(em, filter)],
  );
  const rows = await em.execute<Array<{ owner: unknown; pk: unknown; summary: unknown }>>(query);
  const summaries = new Map<number, AgreementRead>();
  for (const r of rows) if (r.summary != null) summaries.set(Number(r.pk), summary.fromJson(r.summary));
  const byOwner = new Map<number, AgreementRow[]>(owners.map((o) => [o, []]));
  for (const r of rows) {
    const found = summaries.get(Number(r.pk))!;
    const { pk, key, title, kind } = found;
    byOwner.get(Number(r.owner))?.push({ pk, key, title, kind, signedIso: found.signedOn?.iso ?? null, summary: found });
  }
  return byOwner;
}

/** For each municipality of `owners`, how many agreements it holds that match `filter` (one statement). */
export async function agreementCountsHeldBy(
  em: SqlEntityManager,
  owners: readonly number[],
  filter: AgreementFilter | null | undefined,
): Promise<Map<number, number>> {
  const knex = em.getKnex();
  const held = agreementsOwnedBy(knex, inList(knex, 'o.pk', owners));
  const query = filter
    ? knex.raw('select h.owner as owner, count(*) as n from (?) as h join agreement a on a.pk = h.agreement where ? group by h.owner', [
        held,
        agreementCondition(em, filter),
      ])
    : knex.raw('select h.owner as owner, count(*) as n from (?) as h group by h.owner', [held]);
  const counts = new Map<number, number>(owners.map((o) => [o, 0]));
  for (const r of await em.execute<Array<{ owner: unknown; n: unknown }>>(query)) counts.set(Number(r.owner), Number(r.n));
  return counts;
}

/** A party as read for a response: its columns and foreign keys. */
export type AgreementPartyRow = Row<AgreementParty, 'agreement' | 'municipality'>;

/** A place a source mentions an agreement, as read for a response. */
export type AgreementSourceRow = Row<AgreementSource, 'agreement'>;

/** An agreement as read for a response: its columns (its parties are read through PARTIES_OF_AGREEMENT). */
export type AgreementRead = Row<Agreement, 'parties'>;

/**
 * An agreement's detail: the first sheet's long texts and lists. A response that shows none of them
 * reads the agreement without these columns (load-agreements.ts); they were most of the bytes read.
 */
const AGREEMENT_DETAIL = ['events', 'background', 'activityNotes', 'outcomes', 'challenges', 'urls', 'links'] as const;

export const agreementsByPk = (db: SqlReader, pks: readonly number[]) =>
  db.entities<AgreementRead>(Agreement, `where ${db.oneOf('t.pk')}`, [db.list(pks)]);

/** Agreements by primary key without their detail (AGREEMENT_DETAIL: reading one of those properties throws). */
export const agreementSummariesByPk = (db: SqlReader, pks: readonly number[]) =>
  db.entities<AgreementRead>(Agreement, `where ${db.oneOf('t.pk')}`, [db.list(pks)], AGREEMENT_DETAIL);

export const agreementsByKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<AgreementRead>(Agreement, `where ${db.oneOf('t.key')}`, [db.list(keys)]);

/** Agreements by a key they were known by before (an id built from "clair2012:<line>"). */
export const agreementsByFormerKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<AgreementRead>(Agreement, `where ${db.oneOf('t.former_key')}`, [db.list(keys)]);

/** Agreements as a list keyed by their own primary key: read together with their children's lists in one statement. */
export const AGREEMENT_BY_PK: ChildList<AgreementRead> = { entity: Agreement, parent: 'pk', orderBy: [] };

/** AGREEMENT_BY_PK without the detail columns. */
export const AGREEMENT_SUMMARY_BY_PK: ChildList<AgreementRead> = { entity: Agreement, parent: 'pk', orderBy: [], omit: AGREEMENT_DETAIL };

/** An agreement's parties, in the sheet's order. */
export const PARTIES_OF_AGREEMENT: ChildList<AgreementPartyRow> = {
  entity: AgreementParty,
  parent: 'agreement_pk',
  orderBy: ['position'],
};

/** A municipality's parts in agreements, in the agreements' source order. */
export const PARTIES_OF_MUNICIPALITY: ChildList<AgreementPartyRow> = {
  entity: AgreementParty,
  parent: 'municipality_pk',
  orderBy: ['agreementPk', 'pk'],
};

/** Every place a source mentions an agreement, in the order of its mentions. */
export const SOURCES_OF_AGREEMENT: ChildList<AgreementSourceRow> = {
  entity: AgreementSource,
  parent: 'agreement_pk',
  orderBy: ['position'],
};
