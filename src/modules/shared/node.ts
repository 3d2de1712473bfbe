import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay global object identification: every entity has a global, opaque id. */
@InterfaceType({ description: 'Relay global object identification: every entity has a global, opaque id.' })
export abstract class Node {
  @Field(() => ID, { description: 'Global id: opaque, stable across restarts and data reloads; `node(id:)` finds the object by it.' })
  id!: string;
}
