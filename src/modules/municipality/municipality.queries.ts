/**
 * The statements about municipalities: the municipalities matching a filter tree (one statement,
 * with each one's agreement count or degree when the order needs it) and the degrees of a page.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { always, inList } from '../../db/filter-tree';
import type { MunicipalityFilter } from './municipality-filter.input';
import { Municipality } from './municipality.entity';
import { municipalityFilterCondition } from './municipality-conditions';
import { agreementsOwnedBy, partnerCounts } from './place-rules';

/** A figure to sort municipalities by, computed in the same statement. */
export type MunicipalityFigure = 'agreementCount' | 'degree';

/** A municipality matching a filter: what the list sorts and pages by, and the entity, made only for the page. */
export interface FoundMunicipality {
  pk: number;
  key: string;
  name: string;
  fullName: string;
  /** The figure asked for (0 when not asked). */
  figure: number;
  entity: () => Municipality;
}

/**
 * Municipalities matching `filter`, in source order, with `figure` when given: one statement, whose
 * rows become entities only for the page shown (hydrating every row cost seconds at 100× the data).
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
    ? knex.raw('select m.*, coalesce(f.n, 0) as figure__ from municipality m left join (?) as f on f.pk = m.pk where ? order by m.pk', [
        figures[figure],
        municipalityFilterCondition(knex, filter),
      ])
    : knex.raw('select m.* from municipality m where ? order by m.pk', [municipalityFilterCondition(knex, filter)]);
  const rows = await em.execute<Array<Record<string, unknown>>>(query);
  return rows.map(({ figure__, ...row }) => ({
    pk: Number(row.pk),
    key: row.key as string,
    name: row.name as string,
    fullName: row.full_name as string,
    figure: Number(figure__ ?? 0),
    entity: () => em.map(Municipality, row),
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
