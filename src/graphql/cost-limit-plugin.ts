/** The Apollo plugin that holds every operation to the cost and filter-depth limits (query-cost.ts measures). */
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { filterShape } from '../db/filter-tree';
import type { Context } from './context';
import { measureQueryOnce } from './measure-once';
import { overLimits, type CostModel, type CostSettings, type Measure } from './query-cost';

/**
 * Refuses operations past the cost or filter-depth limit, saying what they cost; puts the cost of
 * every answered one in `extensions.cost`, and the limits and sizes in the request's context (for `queryCost`).
 */
export function costLimitPlugin(limits: CostSettings['limits'], model: CostModel): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue) contextValue.cost = { limits, model };
      let requested: number | null = null;
      return {
        async didResolveOperation({ request, document, schema }) {
          // Before graphql-js coerces the variables (recursively): a tree thousands deep would exhaust the stack.
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const tooDeep = overLimits({ cost: 0, filterDepth: filterShape(value).depth, filterAt: `$${name}` }, limits);
            if (tooDeep) throw tooDeep;
          }
          let measure: Measure;
          try {
            measure = measureQueryOnce(schema, model.sizes, document, request.variables ?? undefined, request.operationName ?? undefined);
          } catch (e) {
            // Variables that do not fit their types fail here first: the client's mistake, answered as Apollo would.
            if (e instanceof GraphQLError)
              throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw e;
          }
          const refused = overLimits(measure, limits);
          if (refused) throw refused;
          requested = measure.cost;
        },
        async willSendResponse({ response }) {
          if (requested == null || response.body.kind !== 'single') return;
          const cost = { requested, limit: limits.maxCost };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
