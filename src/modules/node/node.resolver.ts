import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../server/context';
import { Activity } from '../activity/activity.entity';
import { Agreement } from '../agreement/agreement.entity';
import { Category } from '../category/category.entity';
import { Contact } from '../contact/contact.entity';
import { Listing } from '../listing/listing.entity';
import { Municipality } from '../municipality/municipality.entity';
import { fromGlobalId, type NodeType } from '../shared/global-id';
import { Node } from '../shared/node';

const ENTITY: Record<NodeType, new () => object> = { Municipality, Agreement, Listing, Category, Activity, Contact };

/** Relay's `node(id:)` and `nodes(ids:)`: an unknown or malformed id is null, not an error. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.find(id, ctx);
  }

  @Query(() => [Node], { nullable: 'items' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return Promise.all(ids.map((id) => this.find(id, ctx)));
  }

  private async find(id: string, ctx: Context) {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    const where = decoded.type === 'Category' ? { code: Number(decoded.key) || -1 } : { key: decoded.key };
    return ctx.em.findOne(ENTITY[decoded.type], where as never);
  }
}
