import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ListingConnection } from '../listing/listing.connection';
import type { ListingRow } from '../listing/listing.queries';
import { ConnectionArgs, slicePage, toConnection } from '../../graphql/connection';
import { Category } from './category.entity';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: "The nine categories in the source's order." })
  categories(@Ctx() ctx: Context) {
    return ctx.reference.categories;
  }

  @FieldResolver(() => ListingConnection, { description: 'Listings under this category, by number.' })
  async listings(@Root() c: Category, @Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    // Slice the keys, then load only the page: a category may hold thousands of listings.
    const slice = slicePage(await ctx.loaders.listingKeysByCategory.load(c.code), page);
    const listings = await ctx.loaders.listingByKey.loadMany(slice.page);
    return toConnection(slice, listings as ListingRow[]);
  }
}
