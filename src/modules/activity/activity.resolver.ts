import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pkOf } from '../../graphql/loaders';
import { Agreement } from '../agreement/agreement.entity';
import { Activity } from './activity.entity';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement it was done under.' })
  agreement(@Root() a: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.agreement.load(pkOf(a.agreement)!);
  }
}
