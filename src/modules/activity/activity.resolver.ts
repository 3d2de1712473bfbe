import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Agreement } from '../agreement/agreement.entity';
import { Activity } from './activity.entity';
import type { ActivityRow } from './activity.queries';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement it was done under.' })
  agreement(@Root() a: ActivityRow, @Ctx() ctx: Context) {
    return ctx.loaders.agreement.load(a.agreementPk);
  }
}
