/**
 * How many rows each list field of the schema can return in the loaded data — the largest
 * partner list, the number of network nodes and edges, the most parties of an agreement — and
 * what each computation costs. The query cost (query-cost.ts) multiplies by these instead of
 * guessing, so a small document that would fan out over the real graph is refused before it runs.
 * Measured with a few grouped counts when the server starts and whenever the data changes.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../db/orm';
import type { AggregateDimension } from '../modules/aggregate/aggregate-dimension';
import { SOURCE_LINES_MAX } from '../modules/source/source-text';
import { AGREEMENT_KINDS } from '../records/enums';

/** Rows of each list field, by "Type.field"; and the extra cost of fields that compute (networks), given their arguments. */
export interface ListSizes {
  rows: Record<string, number>;
  compute: Record<string, (args: Record<string, unknown>) => number>;
}

/**
 * Computing a network's figures costs about its nodes × edges (betweenness and closeness visit
 * every edge from every node): measured, 263 × 451 takes about 5 ms (bench/RESULTS.md), what
 * resolving some 2,500 fields takes. One cost unit stays roughly one resolved field.
 */
const NODE_EDGE_PAIRS_PER_UNIT = 50;

/** Rows assumed for a list field the model does not know (a test keeps every list field known). */
export const UNKNOWN_LIST_SIZE = 100;

/** Largest group size of `table` grouped by `column`, rows without one left out (0 for none). */
const maxPer = (table: string, column: string) =>
  `select coalesce(max(c), 0) as n from (select count(*) as c from ${table} where ${column} is not null group by ${column}) g`;

/** The length of a JSON array in `column` (at `key` inside it, if given), in the dialect's own functions. */
const jsonLength = (postgres: boolean, column: string, key?: string) =>
  postgres
    ? `json_array_length(${key ? `(${column}::json)->'${key}'` : `${column}::json`})`
    : `json_array_length(${column}${key ? `, '$.${key}'` : ''})`;

/** Longest JSON array in `column` of `table` (0 for none). */
const maxLength = (postgres: boolean, table: string, column: string, key?: string) =>
  `select coalesce(max(${jsonLength(postgres, column, key)}), 0) as n from ${table}`;

/** The statements measured, each answering one number `n`. */
const measures = (postgres: boolean) => ({
  agreements: 'select count(*) as n from agreement',
  municipalities: 'select count(*) as n from municipality',
  categories: 'select count(*) as n from category',
  countries: 'select count(*) as n from country',
  documents: 'select count(*) as n from document',
  findings: 'select count(*) as n from finding',
  linesPerFinding: maxLength(postgres, 'finding', 'lines'),
  prefectures: `select count(*) as n from municipality where kind = 'PREFECTURE'`,
  years: 'select count(distinct signed_year) as n from agreement',
  partyRows: 'select count(*) as n from agreement_party',
  parties: 'select count(distinct municipality_pk) as n from agreement_party',
  partiesPerAgreement: maxPer('agreement_party', 'agreement_pk'),
  agreementsPerParty: maxPer('agreement_party', 'municipality_pk'),
  activitiesPerAgreement: maxPer('activity', 'agreement_pk'),
  contactsPerAgreement: maxPer('contact', 'agreement_pk'),
  contactsPerMunicipality: maxPer('contact', 'municipality_pk'),
  listingsPerAgreement: maxPer('listing', 'agreement_pk'),
  listingsPerCategory: maxPer('listing', 'category_code'),
  childrenPerParent: maxPer('municipality', 'parent_pk'),
  predecessorsPerSuccessor: maxPer('municipality', 'successor_pk'),
  // Pairs of parties sharing an agreement: the municipality network's edges, a party's partners, an edge's agreements.
  pairs: `select count(*) as n from (select distinct a.municipality_pk as x, b.municipality_pk as y from agreement_party a
            join agreement_party b on a.agreement_pk = b.agreement_pk and a.municipality_pk < b.municipality_pk) g`,
  partnersPerParty: `select coalesce(max(c), 0) as n from (select a.municipality_pk, count(distinct b.municipality_pk) as c
            from agreement_party a join agreement_party b on a.agreement_pk = b.agreement_pk and a.municipality_pk <> b.municipality_pk
            group by a.municipality_pk) g`,
  agreementsPerPair: `select coalesce(max(c), 0) as n from (select a.municipality_pk, b.municipality_pk, count(*) as c from agreement_party a
            join agreement_party b on a.agreement_pk = b.agreement_pk and a.municipality_pk < b.municipality_pk
            group by a.municipality_pk, b.municipality_pk) g`,
  sourcesPerAgreement: maxPer('agreement_source', 'agreement_pk'),
  eventsPerAgreement: maxLength(postgres, 'agreement', 'events'),
  linksPerAgreement: maxLength(postgres, 'agreement', 'links'),
  notesPerAgreement: maxLength(postgres, 'agreement', 'activity_notes'),
  sheetParties: maxLength(postgres, 'listing', 'sheet', 'parties'),
  sheetEvents: maxLength(postgres, 'listing', 'sheet', 'events'),
  sheetActivities: maxLength(postgres, 'listing', 'sheet', 'activities'),
  sheetActivityNotes: maxLength(postgres, 'listing', 'sheet', 'activityNotes'),
  sheetLinks: maxLength(postgres, 'listing', 'sheet', 'links'),
  sheetContacts: maxLength(postgres, 'listing', 'sheet', 'contacts'),
});

type Measures = Record<keyof ReturnType<typeof measures>, number>;

/** Fields of one cross-tab row with its country, prefecture and category: what a group costs to answer. */
const ROW_FIELDS = 12;

/**
 * The most groups a cross-tab can have: the product of each dimension's values (and null), and
 * never more than each agreement's combinations of values (a multilateral agreement is in several
 * countries' groups).
 */
function crossTabGroups(m: Measures, dimensions: AggregateDimension[]): number {
  const values: Record<AggregateDimension, [count: number, perAgreement: number]> = {
    YEAR: [m.years, 1],
    COUNTRY: [m.countries, m.partiesPerAgreement],
    PREFECTURE: [m.prefectures, m.partiesPerAgreement],
    CATEGORY: [m.categories, m.listingsPerAgreement],
    KIND: [AGREEMENT_KINDS.length, 1],
    MULTILATERAL: [2, 1],
    SOURCE: [m.documents, m.sourcesPerAgreement],
  };
  const product = (pick: (v: [number, number]) => number) => dimensions.reduce((n, d) => n * Math.max(1, pick(values[d])), 1);
  return Math.min(
    product(([count]) => count + 1),
    Math.max(1, m.agreements) * product(([, perAgreement]) => perAgreement),
  );
}

/** Measure the loaded data (one statement per measure, at start and after a re-import). */
export async function measureListSizes(em: SqlEntityManager): Promise<ListSizes> {
  const conn = em.getConnection();
  const entries = await Promise.all(
    Object.entries(measures(isPostgres(em))).map(async ([name, sql]) => {
      const [row] = await conn.execute<Array<{ n: number | string }>>(sql);
      return [name, Number(row?.n ?? 0)] as const;
    }),
  );
  return listSizesOf(Object.fromEntries(entries) as Measures);
}

/** The sizes of every list field from the measures. */
export function listSizesOf(m: Measures): ListSizes {
  // Both projections of the network: municipalities (edges between partners) and bipartite (agreements and parties).
  const networkNodes = m.parties + m.agreements;
  const networkEdges = Math.max(m.pairs, m.partyRows);
  const rows: Record<string, number> = {
    'Agreement.activities': m.activitiesPerAgreement,
    'Agreement.activityNotes': m.notesPerAgreement,
    'Agreement.categories': m.listingsPerAgreement,
    'Agreement.contacts': m.contactsPerAgreement,
    'Agreement.events': m.eventsPerAgreement,
    'Agreement.links': m.linksPerAgreement,
    'Agreement.sources': m.sourcesPerAgreement,
    'Agreement.listings': m.listingsPerAgreement,
    'Agreement.parties': m.partiesPerAgreement,
    'AgreementAggregates.byCategory': m.categories,
    'AgreementAggregates.byCountry': m.countries,
    'AgreementAggregates.byPrefecture': m.prefectures,
    'AgreementAggregates.byYear': m.years,
    // Costed by Query.aggregates, which sees the groupBy: see crossTabGroups.
    'AgreementAggregates.rows': 1,
    'Category.listings': m.listingsPerCategory,
    'Municipality.agreements': m.agreementsPerParty * (1 + m.predecessorsPerSuccessor),
    'Municipality.children': m.childrenPerParent,
    'Municipality.contacts': m.contactsPerMunicipality,
    'Municipality.partners': m.partnersPerParty,
    'Municipality.predecessors': m.predecessorsPerSuccessor,
    'Municipality.referenceGaps': 6,
    'Network.edges': networkEdges,
    'Network.nodes': networkNodes,
    'NetworkEdge.agreements': m.agreementsPerPair,
    'PathStep.agreements': m.agreementsPerPair,
    'Query.agreements': m.agreements,
    'Query.categories': m.categories,
    'Query.countries': m.countries,
    'Query.documents': m.documents,
    'Query.findings': m.findings,
    'Finding.sources': m.linesPerFinding,
    // At most its \`max\` argument (query-cost.ts reads it); this is the bound.
    'SourceRef.lines': SOURCE_LINES_MAX,
    'Query.municipalities': m.municipalities,
    'ReferenceCoverage.gaps': m.municipalities,
    'Sheet.activities': m.sheetActivities,
    'Sheet.activityNotes': m.sheetActivityNotes,
    'Sheet.contacts': m.sheetContacts,
    'Sheet.events': m.sheetEvents,
    'Sheet.links': m.sheetLinks,
    'Sheet.parties': m.sheetParties,
    'ShortestPath.municipalities': networkNodes,
    'ShortestPath.steps': networkNodes,
    'Stats.byCategory': m.categories,
    'Stats.byCountry': m.countries,
  };
  // A network costs by its nodes × edges; an ego network by what its depth can reach, at most the whole network.
  const figures = (nodes: number, edges: number) => Math.ceil((nodes * edges) / NODE_EDGE_PAIRS_PER_UNIT);
  const network = figures(networkNodes, networkEdges);
  const compute: ListSizes['compute'] = {
    'Query.aggregates': (args) => crossTabGroups(m, Array.isArray(args.groupBy) ? (args.groupBy as AggregateDimension[]) : []) * ROW_FIELDS,
    'Query.network': () => network,
    'Query.shortestPath': () => network,
    'Municipality.network': (args) => {
      const depth = typeof args.depth === 'number' ? Math.max(1, args.depth) : 1;
      const nodes = Math.min(networkNodes, (m.partnersPerParty + 1) ** depth);
      return Math.min(network, figures(nodes, Math.min(networkEdges, nodes * m.partnersPerParty)));
    },
  };
  return { rows, compute };
}
