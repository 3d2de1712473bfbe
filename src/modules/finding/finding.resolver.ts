import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Finding } from './finding.entity';

@Resolver()
export class FindingResolver {
  @Query(() => [Finding], {
    description: 'The known issues in the source: every inconsistency the parser found and how it was decided, in the order decided.',
  })
  findings(@Ctx() ctx: Context) {
    return ctx.em.find(Finding, {}, { orderBy: { pk: 'asc' } });
  }
}
