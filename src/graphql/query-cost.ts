/**
 * Query cost with graphql-query-complexity, over the real sizes of the loaded data
 * (list-sizes.ts): a field costs 1 plus its children; a list multiplies its children by the most
 * rows it can return here (a connection by its page, `first`/`last`, capped by the rows that
 * exist); a field that computes a network adds what the computation costs. Past the limit the
 * request is refused before it runs, saying what it would cost.
 */
import { GraphQLError, getNamedType, getNullableType, isLeafType, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from './connection';
import { SOURCE_LINES_DEFAULT } from '../modules/source/source-text';
import { UNKNOWN_LIST_SIZE, type ListSizes } from './list-sizes';

/** Sizes of the data being served, replaced when the data changes. */
export class CostModel {
  constructor(public sizes: ListSizes) {}
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

/** The cost of a document over data of these sizes, as the limit sees it. */
function queryCost(
  schema: GraphQLSchema,
  sizes: ListSizes,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimatorFor(sizes)] });
}

/** Refuses operations that cost more than `maxCost`, saying what they cost. */
export function costLimitPlugin(maxCost: number, model: CostModel): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = queryCost(schema, model.sizes, document, request.variables ?? undefined, request.operationName ?? undefined);
          } catch (e) {
            // Variables that do not fit their types fail here first: the client's mistake, answered as Apollo would.
            if (e instanceof GraphQLError)
              throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw e;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query would cost ${cost}, over the limit of ${maxCost}: ask for fewer rows (smaller first/last) or less nesting.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
