import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pkOf } from '../../graphql/loaders';
import { Agreement } from '../agreement/agreement.entity';
import { Category } from '../category/category.entity';
import { Listing } from './listing.entity';

@Resolver(() => Listing)
export class ListingResolver {
  @FieldResolver(() => Category, { description: 'The category it is listed under.' })
  category(@Root() l: Listing, @Ctx() ctx: Context) {
    return ctx.loaders.category.load(pkOf(l.category)!);
  }

  @FieldResolver(() => Agreement, { description: 'The agreement listed.' })
  agreement(@Root() l: Listing, @Ctx() ctx: Context) {
    return ctx.loaders.agreement.load(pkOf(l.agreement)!);
  }
}
