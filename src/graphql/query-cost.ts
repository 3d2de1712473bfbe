/**
 * Query cost with graphql-query-complexity, over the real sizes of the loaded data
 * (list-sizes.ts): a field costs 1 plus its children; a list multiplies its children by the most
 * rows it can return here (a connection by its page, `first`/`last`, capped by the rows that
 * exist); a field that computes (a network, a cross-tab) adds what the computation costs. Each
 * filter nested in a filter tree (and/or/not) adds, once, the rows its subquery may read (a tree
 * is one statement however many parents ask), and no tree may nest deeper than the depth limit.
 * Past a limit the request is refused before it runs, saying why (cost-limit-plugin.ts); every answer carries
 * `extensions.cost { requested limit }`, as GitHub's API answers `rateLimit { cost }`.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Limits } from '../config';
import { filterShape } from '../db/filter-tree';
import { DEFAULT_PAGE_SIZE } from './connection';
import { SOURCE_LINES_DEFAULT } from '../modules/source/source-text';
import { UNKNOWN_LIST_SIZE, type ListSizes } from './list-sizes';

/** Sizes of the data being served, replaced when the data changes. */
export class CostModel {
  constructor(public sizes: ListSizes) {}
}

/** The limits a request runs under and the sizes it is costed over, as resolvers see them (`Query.queryCost`). */
export interface CostSettings {
  limits: Pick<Limits, 'maxCost' | 'maxDepth' | 'maxTokens'>;
  model: CostModel;
}

/**
 * What one filter nested under and/or/not adds: a subquery of its statement, which may read every
 * agreement or municipality (at 100× the data, 500 nested filters took 8.6 s, 50 took 1 s).
 */
export const filterNodeCost = (sizes: ListSizes) =>
  Math.max(1, sizes.rows['Query.agreements'] ?? 0, sizes.rows['Query.municipalities'] ?? 0);

/** What a document costs, and its deepest filter tree. */
export interface Measure {
  cost: number;
  /** The deepest filter tree's depth (1 for a filter without and/or/not, 0 without filters) and where it is. */
  filterDepth: number;
  filterAt: string | null;
}

const pageOf = (args: Record<string, unknown>, fallback: number) =>
  typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : fallback;

function estimatorFor(sizes: ListSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // A connection's edges and nodes are the rows the connection field already counted.
    if (type.name.endsWith('Connection')) return 1 + childComplexity;
    const key = `${type.name}.${field.name}`;
    const compute = sizes.compute[key]?.(args) ?? 0;
    const named = getNamedType(field.type);
    if (named.name.endsWith('Connection')) {
      const page = Math.max(1, pageOf(args, DEFAULT_PAGE_SIZE));
      return 1 + compute + childComplexity * Math.min(page, Math.max(1, sizes.rows[key] ?? page));
    }
    if (!isListType(getNullableType(field.type)) || isLeafType(named)) return 1 + compute + childComplexity;
    const rows =
      key === 'Query.nodes' && Array.isArray(args.ids)
        ? args.ids.length
        : key === 'Query.search'
          ? pageOf(args, DEFAULT_PAGE_SIZE)
          : key === 'SourceRef.lines'
            ? Math.min(typeof args.max === 'number' ? args.max : SOURCE_LINES_DEFAULT, sizes.rows[key])
            : (sizes.rows[key] ?? UNKNOWN_LIST_SIZE);
    return 1 + compute + childComplexity * Math.max(1, rows);
  };
}

/** The cost of a document over data of these sizes and its deepest filter tree, as the limits see them. */
export function measureQuery(
  schema: GraphQLSchema,
  sizes: ListSizes,
  query: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): Measure {
  const measure: Measure = { cost: 0, filterDepth: 0, filterAt: null };
  let filters = 0;
  // Runs before the rows estimator on every field, with its arguments coerced (variables included).
  const filterEstimator: ComplexityEstimator = ({ type, field, args }) => {
    for (const arg of field.args) {
      // Filters are input objects; a JSON scalar (queryCost's variables) is only data.
      if (!isInputObjectType(getNamedType(arg.type)) || args[arg.name] == null) continue;
      const shape = filterShape(args[arg.name]);
      filters += shape.nested * filterNodeCost(sizes);
      if (shape.depth > measure.filterDepth) {
        Object.assign(measure, { filterDepth: shape.depth, filterAt: `${type.name}.${field.name}(${arg.name})` });
      }
    }
    return undefined;
  };
  const fields = getComplexity({ schema, query, variables, operationName, estimators: [filterEstimator, estimatorFor(sizes)] });
  measure.cost = fields + filters;
  return measure;
}

/** The error for a measure past the limits, or null when it fits. */
export function overLimits(measure: Measure, limits: Pick<Limits, 'maxCost' | 'maxDepth'>): GraphQLError | null {
  if (measure.filterDepth > limits.maxDepth) {
    return new GraphQLError(
      `The filter tree of ${measure.filterAt} nests ${measure.filterDepth} deep, over the depth limit of ${limits.maxDepth}: flatten it (an and inside an and is one and; not of not is the filter itself).`,
      { extensions: { code: 'BAD_DEPTH', depth: measure.filterDepth, maxDepth: limits.maxDepth, http: { status: 400 } } },
    );
  }
  if (measure.cost > limits.maxCost) {
    return new GraphQLError(
      `This query would cost ${measure.cost}, over the limit of ${limits.maxCost}: ask for fewer rows (smaller first/last), less nesting or a smaller filter tree.`,
      { extensions: { code: 'QUERY_TOO_COSTLY', cost: measure.cost, maxCost: limits.maxCost, http: { status: 400 } } },
    );
  }
  return null;
}
