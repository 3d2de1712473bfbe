/**
 * Agreements counted in SQL (GROUP BY), never by loading them: for one filter, any number of
 * groupings (up to three dimensions each) in one statement, a UNION ALL of one grouped query per
 * grouping over the agreements the filter matches.
 */
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { agreementCondition } from '../agreement/agreement.queries';
import type { AgreementFilter } from '../agreement/agreement-filter.input';
import { AggregateDimension, DIMENSIONS } from './aggregate-dimension';

/** The most dimensions one grouping may have. */
export const MAX_DIMENSIONS = 3;

export interface Grouping {
  dimensions: AggregateDimension[];
  /** Count listings and partners too (agreements are always counted). */
  measures: boolean;
}

/** One group: its keys (as text, null where the agreement has no value) and its counts. */
export interface GroupCount {
  keys: Array<string | null>;
  sorts: Array<string | null>;
  agreements: number;
  listings: number;
  partners: number;
}

/** The grouped query of one grouping, over the CTE `matched` of the filter's agreements. */
function groupedQuery(knex: Knex, index: number, { dimensions, measures }: Grouping): Knex.Raw {
  const slots = [0, 1, 2];
  const joins = dimensions.map((d, j) => knex.raw(`left join (?) as d${j} on d${j}.agreement = a.pk`, [DIMENSIONS[d].relation(knex)]));
  const category = dimensions.indexOf(AggregateDimension.CATEGORY);
  const country = dimensions.indexOf(AggregateDimension.COUNTRY);
  if (measures) {
    // Joined on the agreement alone (the index that fits); a group's own listings and partners are picked in the counts.
    joins.push(knex.raw('left join listing l on l.agreement_pk = a.pk'));
    joins.push(
      knex.raw(`left join (select p.agreement_pk as agreement, p.municipality_pk as party, m.country_code as country
                             from agreement_party p join municipality m on m.pk = p.municipality_pk where p.side = 'FOREIGN') as f
                  on f.agreement = a.pk`),
    );
  }
  const keys = slots.map((j) =>
    j < dimensions.length
      ? `cast(d${j}.key as text) as k${j}, cast(d${j}.sort as text) as s${j}`
      : `cast(null as text) as k${j}, cast(null as text) as s${j}`,
  );
  // A group's listings are those under its category; its partners those in its country.
  const listings = category >= 0 ? `case when l.category_code = d${category}.key then l.pk end` : 'l.pk';
  const partners = country >= 0 ? `case when f.country = d${country}.key then f.party end` : 'f.party';
  const counts = measures
    ? `count(distinct a.pk) as agreements, count(distinct ${listings}) as listings, count(distinct ${partners}) as partners`
    : 'count(distinct a.pk) as agreements, 0 as listings, 0 as partners';
  const groupBy = dimensions.length ? `group by ${dimensions.map((_, j) => `d${j}.key, d${j}.sort`).join(', ')}` : '';
  return knex.raw(
    `select ${index} as g, ${keys.join(', ')}, ${counts} from matched x join agreement a on a.pk = x.pk ${joins.map(() => '?').join(' ')} ${groupBy}`,
    joins,
  );
}

interface Row {
  g: unknown;
  k0: string | null;
  k1: string | null;
  k2: string | null;
  s0: string | null;
  s1: string | null;
  s2: string | null;
  agreements: unknown;
  listings: unknown;
  partners: unknown;
}

/** The groups of each grouping (unsorted), for the agreements matching `filter`: one statement. */
export async function countGroups(
  em: SqlEntityManager,
  filter: AgreementFilter | null | undefined,
  groupings: readonly Grouping[],
): Promise<GroupCount[][]> {
  const knex = em.getKnex();
  const parts = groupings.map((g, i) => groupedQuery(knex, i, g));
  const query = knex.raw(`with matched as (select a.pk from agreement a where ?) ${parts.map(() => '?').join(' union all ')}`, [
    agreementCondition(em, filter),
    ...parts,
  ]);
  const result: GroupCount[][] = groupings.map(() => []);
  for (const r of await em.execute<Row[]>(query)) {
    const n = groupings[Number(r.g)].dimensions.length;
    result[Number(r.g)].push({
      keys: [r.k0, r.k1, r.k2].slice(0, n),
      sorts: [r.s0, r.s1, r.s2].slice(0, n),
      agreements: Number(r.agreements),
      listings: Number(r.listings),
      partners: Number(r.partners),
    });
  }
  return result;
}
