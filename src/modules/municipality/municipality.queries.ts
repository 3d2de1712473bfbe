/**
 * The statements about municipalities: the municipalities matching a filter tree (one statement,
 * with each one's agreement count or degree when the order needs it) and the degrees of a page.
 * Municipalities themselves come from the reference data (src/db/reference-data.ts, held per data
 * version); the SqlReader statements serve the moments after a re-import when a row of the new
 * data names a municipality the server has not read yet.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { always, inList } from '../../db/filter-tree';
import type { MunicipalityFilter } from './municipality-filter.input';
import { Municipality } from './municipality.entity';
import type { MunicipalityRow } from '../../db/reference-data';
import type { Context } from '../../graphql/context';
import type { SqlReader } from '../../db/sql-reader';
import { municipalityFilterCondition } from './municipality-conditions';
import { agreementsOwnedBy, partnerCounts } from './place-rules';

/** A figure to sort municipalities by, computed in the same statement. */
export type MunicipalityFigure = 'agreementCount' | 'degree';

/** A municipality matching a filter: what the list sorts and pages by (the page's municipalities come from the reference data). */
export interface FoundMunicipality {
  pk: number;
  key: string;
  name: string;
  fullName: string;
  /** The figure asked for (0 when not asked). */
  figure: number;
}

/**
 * Municipalities matching `filter`, in source order, with `figure` when given: one statement, whose
 * rows are never hydrated (hydrating every row cost seconds at 100× the data).
 */
export async function findMunicipalities(
  em: SqlEntityManager,
  filter: MunicipalityFilter | null | undefined,
  figure: MunicipalityFigure | null,
): Promise<FoundMunicipality[]> {
  const knex = em.getKnex();
  const figures = {
    agreementCount: knex.raw('select owner as pk, count(*) as n from (?) as h group by owner', [agreementsOwnedBy(knex)]),
    degree: partnerCounts(knex, always(knex)),
  };
  const query = figure
    ? knex.raw(
        'select m.pk, m.key, m.name, m.full_name, coalesce(f.n, 0) as figure__ from municipality m left join (?) as f on f.pk = m.pk where ? order by m.pk',
        [figures[figure], municipalityFilterCondition(knex, filter)],
      )
    : knex.raw('select m.pk, m.key, m.name, m.full_name from municipality m where ? order by m.pk', [
        municipalityFilterCondition(knex, filter),
      ]);
  const rows = await em.execute<Array<Record<string, unknown>>>(query);
  return rows.map(({ figure__, ...row }) => ({
    pk: Number(row.pk),
    key: row.key as string,
    name: row.name as string,
    fullName: row.full_name as string,
    figure: Number(figure__ ?? 0),
  }));
}

/** Each municipality's degree: how many parties share an agreement with it (one statement for a page). */
export async function degreesOf(em: SqlEntityManager, pks: readonly number[]): Promise<Map<number, number>> {
  const knex = em.getKnex();
  const rows = await em.execute<Array<{ pk: unknown; n: unknown }>>(partnerCounts(knex, inList(knex, 'p.municipality_pk', pks)));
  const degrees = new Map<number, number>(pks.map((pk) => [pk, 0]));
  for (const r of rows) degrees.set(Number(r.pk), Number(r.n));
  return degrees;
}

export const municipalitiesByPk = (db: SqlReader, pks: readonly number[]) =>
  db.entities<MunicipalityRow>(Municipality, `where ${db.oneOf('t.pk')}`, [db.list(pks)]);

export const municipalitiesByKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<MunicipalityRow>(Municipality, `where ${db.oneOf('t.key')}`, [db.list(keys)]);

export const municipalitiesWithParent = (db: SqlReader, pks: readonly number[]) =>
  db.entities<MunicipalityRow>(Municipality, `where ${db.oneOf('t.parent_pk')} order by t.pk`, [db.list(pks)]);

export const municipalitiesWithSuccessor = (db: SqlReader, pks: readonly number[]) =>
  db.entities<MunicipalityRow>(Municipality, `where ${db.oneOf('t.successor_pk')} order by t.pk`, [db.list(pks)]);

/** A municipality by primary key: from the reference data, or from the database when the data changed since it was read. */
export function municipalityOf(ctx: Context, pk: number): MunicipalityRow | Promise<MunicipalityRow | null> {
  return ctx.reference.municipality(pk) ?? ctx.loaders.municipality.load(pk);
}

/** A municipality by its stable key, as `municipalityOf`. */
export function municipalityWithKey(ctx: Context, key: string): MunicipalityRow | Promise<MunicipalityRow | null> {
  return ctx.reference.municipalityWithKey(key) ?? ctx.loaders.municipalityByKey.load(key);
}

/** The places directly under a municipality, in source order. */
export function childrenOf(ctx: Context, pk: number): readonly MunicipalityRow[] | Promise<MunicipalityRow[]> {
  return ctx.reference.knows(pk) ? ctx.reference.childrenOf(pk) : ctx.loaders.childrenByParent.load(pk);
}

/** The places that merged into a municipality, in source order. */
export function predecessorsOf(ctx: Context, pk: number): readonly MunicipalityRow[] | Promise<MunicipalityRow[]> {
  return ctx.reference.knows(pk) ? ctx.reference.predecessorsOf(pk) : ctx.loaders.predecessorsBySuccessor.load(pk);
}
