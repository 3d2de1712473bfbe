import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { askedFor, loadAgreements } from '../agreement/load-agreements';
import type { Context } from '../../graphql/context';
import { Agreement } from '../agreement/agreement.entity';
import { Category } from '../category/category.entity';
import { categoryOf } from '../category/category.queries';
import { Sheet } from '../sheet/sheet.types';
import { Listing } from './listing.entity';
import type { ListingRow } from './listing.queries';

@Resolver(() => Listing)
export class ListingResolver {
  @FieldResolver(() => Category, { description: 'The category it is listed under.' })
  category(@Root() l: ListingRow, @Ctx() ctx: Context) {
    return categoryOf(ctx, l.categoryCode);
  }

  @FieldResolver(() => Sheet, {
    description: 'This listing’s own sheet, as printed under this category (a re-listing’s may differ from the first).',
  })
  async sheet(@Root() l: ListingRow, @Ctx() ctx: Context) {
    // Listings are read without their sheets (listing.queries.ts): one statement reads the sheets a level shows.
    return (await ctx.loaders.sheetOfListing.load(l.pk))!.sheet;
  }

  @FieldResolver(() => Agreement, { description: 'The agreement listed.' })
  async agreement(@Root() l: ListingRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [agreement] = await loadAgreements(ctx, [l.agreementPk], askedFor(info, [[]]));
    return agreement;
  }
}
