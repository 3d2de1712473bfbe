import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { computeStats } from './compute-stats';
import { Stats } from './stats.types';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: "The document's summary tables, computed from the data." })
  stats(
    @Ctx() ctx: Context,
    @Arg('source', () => String, { nullable: true, description: 'One source document (SourceRef.document); all if not given.' })
    source?: string,
  ) {
    return computeStats(ctx.em, ctx.reference, source);
  }
}
