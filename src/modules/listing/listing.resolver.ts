import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Agreement } from '../agreement/agreement.entity';
import { Category } from '../category/category.entity';
import { categoryOf } from '../category/category.queries';
import { Listing } from './listing.entity';
import type { ListingRow } from './listing.queries';

@Resolver(() => Listing)
export class ListingResolver {
  @FieldResolver(() => Category, { description: 'The category it is listed under.' })
  category(@Root() l: ListingRow, @Ctx() ctx: Context) {
    return categoryOf(ctx, l.categoryCode);
  }

  @FieldResolver(() => Agreement, { description: 'The agreement listed.' })
  agreement(@Root() l: ListingRow, @Ctx() ctx: Context) {
    return ctx.loaders.agreement.load(l.agreementPk);
  }
}
