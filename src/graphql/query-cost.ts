/**
 * Query cost with graphql-query-complexity: a field costs 1 plus its children; a paged
 * field (first/last) multiplies its children by the rows it may return, and any other
 * list by an assumed size. Past the limit the request is refused before it runs.
 */
import { GraphQLError, getNamedType, getNullableType, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from './connection';

/** Rows assumed for a list field without paging arguments (parties, activities, children …). */
export const ASSUMED_LIST_SIZE = 3;

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection's edges and nodes are the rows the connection already counted.
  if (type.name.endsWith('Connection')) return 1 + childComplexity;
  const rows = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
  const connection = getNamedType(field.type).name.endsWith('Connection');
  if (connection) return 1 + childComplexity * Math.max(1, rows ?? DEFAULT_PAGE_SIZE);
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * Math.max(1, rows ?? ASSUMED_LIST_SIZE);
  return 1 + childComplexity;
};

/** The cost of a document, as the limit sees it. */
export function queryCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimator] });
}

/** Refuses operations that cost more than `maxCost`, saying what they cost. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? undefined, request.operationName ?? undefined);
          } catch (e) {
            // Variables that do not fit their types fail here first: the client's mistake, answered as Apollo would.
            if (e instanceof GraphQLError)
              throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw e;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query would cost ${cost}, over the limit of ${maxCost}: ask for fewer rows (smaller first/last) or less nesting.`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
