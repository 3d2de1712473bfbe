/**
 * `queryCost(query, variables)`: what a query would cost, asked before running it (GitHub's API
 * answers `rateLimit(dryRun: true) { cost }`); every answered query also says its cost in `extensions.cost`.
 */
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { measureQuery, overLimits } from '../../graphql/query-cost';

@ObjectType({ description: 'What a query would cost, against the limits this server runs under.' })
export class QueryCost {
  @Field(() => Int, { description: 'Its cost: what extensions.cost.requested would say.' }) requested!: number;
  @Field(() => Int, { description: 'The most a query may cost here.' }) limit!: number;
  @Field(() => Int, { description: 'How deep its deepest filter tree nests (1 without and/or/not; 0 without filters).' })
  filterDepth!: number;
  @Field(() => Int, { description: 'The deepest a filter tree (and a selection) may nest here.' }) depthLimit!: number;
  @Field(() => String, { nullable: true, description: 'Why it would be refused (cost or filter depth); null when it fits.' })
  refusal!: string | null;
}

const clientError = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

@Resolver()
export class QueryCostResolver {
  @Query(() => QueryCost, {
    description:
      'What a query would cost (fields weighted by the rows they may return here, each nested filter by the rows its subquery may read) without running it, and whether it fits the limits. The query must be valid against this schema.',
  })
  queryCost(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('query', () => String, { description: 'The GraphQL document to price, as it would be sent.' }) query: string,
    @Arg('variables', () => GraphQLJSON, { nullable: true, description: 'Its variables (page sizes given as variables count).' })
    variables?: Record<string, unknown> | null,
    @Arg('operationName', () => String, { nullable: true, description: 'Which operation to price when the document has several.' })
    operationName?: string | null,
  ): QueryCost {
    const { limits, model } = ctx.cost!;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (e) {
      throw clientError(`query: ${(e as Error).message}`);
    }
    const errors = validate(info.schema, document, specifiedRules);
    if (errors.length) throw clientError(`query: ${errors.map((e) => e.message).join(' ')}`);
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) throw clientError('variables must be an object.');
    let measure;
    try {
      measure = measureQuery(info.schema, model.sizes, document, variables ?? undefined, operationName ?? undefined);
    } catch (e) {
      throw clientError(`${(e as Error).message}`);
    }
    return {
      requested: measure.cost,
      limit: limits.maxCost,
      filterDepth: measure.filterDepth,
      depthLimit: limits.maxDepth,
      refusal: overLimits(measure, limits)?.message ?? null,
    };
  }
}
