import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../server/context';
import { ListingConnection } from '../listing/listing.connection';
import { ConnectionArgs, slicePage, toConnection } from '../shared/connection';
import { Category } from './category.entity';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: 'The nine categories in the source\'s order.' })
  categories(@Ctx() ctx: Context) {
    return ctx.em.find(Category, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => ListingConnection, { description: 'Listings under this category, by number.' })
  async listings(
    @Root() c: Category,
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
  ) {
    const listings = await ctx.loaders.listingsByCategory.load(c.code);
    const slice = slicePage(listings.map((l) => l.key), page);
    const byKey = new Map(listings.map((l) => [l.key, l]));
    return toConnection(slice, slice.page.map((k) => byKey.get(k)!));
  }
}
