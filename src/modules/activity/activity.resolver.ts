import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { askedFor, loadAgreements } from '../agreement/load-agreements';
import type { Context } from '../../graphql/context';
import { Agreement } from '../agreement/agreement.entity';
import { Activity } from './activity.entity';
import type { ActivityRow } from './activity.queries';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement it was done under.' })
  async agreement(@Root() a: ActivityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [agreement] = await loadAgreements(ctx, [a.agreementPk], askedFor(info, [[]]));
    return agreement;
  }
}
