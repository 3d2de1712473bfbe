import { PrimaryKey, Property } from '@mikro-orm/core';
import { toGlobalId, type NodeType } from './global-id';
import { Node } from './node';

/**
 * The identity every node entity has, in three parts: `pk`, an integer for joins that a reload may
 * renumber; `key`, stable across reloads and re-extractions ("clair2012:1.1", "JP/青森県/青森市"); and
 * `id`, the global id made of the type's name and the key, which is what clients keep and cite.
 * Not a GraphQL type of its own: the entities implement `Node`, whose `id` field reads this getter.
 */
export abstract class KeyedNode implements Node {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  @Property({ type: 'string', unique: true })
  key!: string;

  /** Made with the GraphQL type's name, which is the entity's class name. */
  get id(): string {
    return toGlobalId(this.constructor.name as NodeType, this.key);
  }
}
