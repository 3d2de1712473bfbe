import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AgreementFilter } from '../agreement/agreement-filter.input';
import { AgreementAggregates } from './aggregate.types';
import { computeAggregates } from './compute-aggregates';

@Resolver()
export class AggregateResolver {
  @Query(() => AgreementAggregates, {
    description:
      'Counts of the agreements matching a filter by category, country, prefecture and year, e.g. agreements per year with China in the economic categories.',
  })
  aggregates(@Ctx() ctx: Context, @Arg('filter', () => AgreementFilter, { nullable: true }) filter?: AgreementFilter) {
    return computeAggregates(ctx.em, filter);
  }
}
