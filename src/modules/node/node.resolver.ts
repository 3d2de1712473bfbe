import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { checkPageSize, MAX_PAGE_SIZE } from '../../graphql/connection';
import { categoryOf } from '../category/category.queries';
import { municipalityWithKey } from '../municipality/municipality.queries';
import { fromGlobalId } from '../shared/global-id';
import { Node } from '../shared/node';

/** Relay's `node(id:)` and `nodes(ids:)`: an unknown or malformed id is null, not an error. Batched by type. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'The object with this global id (any type: municipality, agreement, listing …); null when the id is unknown or malformed.',
  })
  node(@Arg('id', () => ID, { description: 'A global id, as any object’s `id` gives it.' }) id: string, @Ctx() ctx: Context) {
    return this.find(id, ctx);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The objects with these global ids, in the same order, null for an unknown id; at most ${MAX_PAGE_SIZE} ids.`,
  })
  nodes(@Arg('ids', () => [ID], { description: `Global ids, at most ${MAX_PAGE_SIZE}.` }) ids: string[], @Ctx() ctx: Context) {
    checkPageSize('the number of ids', ids.length, 'Ask in several requests.');
    return Promise.all(ids.map((id) => this.find(id, ctx)));
  }

  private async find(id: string, ctx: Context): Promise<object | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    const { loaders } = ctx;
    switch (decoded.type) {
      case 'Municipality':
        return municipalityWithKey(ctx, decoded.key);
      case 'Agreement':
        // An id built from a former key ("clair2012:<line>") still finds its agreement.
        return loaders.agreementByKey.load(decoded.key).then((a) => a ?? loaders.agreementByFormerKey.load(decoded.key));
      case 'Listing':
        return loaders.listingByKey.load(decoded.key);
      case 'Activity':
        return loaders.activityByKey.load(decoded.key);
      case 'Contact':
        return loaders.contactByKey.load(decoded.key);
      case 'Category':
        return /^[1-9]$/.test(decoded.key) ? categoryOf(ctx, Number(decoded.key)) : null;
    }
  }
}
