import { Entity, Enum, ManyToOne, Property, OptionalProps } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity';
import { KeyedNode } from '../shared/keyed-node';
import { Node } from '../shared/node';
import { ActivityPeriod } from './activity-period';

/** One item of an agreement's (4) 取組内容. Key: the agreement's key and the position, "clair2012:1.1#0". */
@Entity({ tableName: 'activity' })
@ObjectType({
  implements: Node,
  description: 'One thing done under an agreement (an item of 提携後の取組内容, the activities since the tie-up), word for word.',
})
export class Activity extends KeyedNode {
  [OptionalProps]?: 'pk' | 'id' | 'agreementPk';

  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  /** The agreement's primary key, without loading it (also set on rows read for responses). */
  @Property({ fieldName: 'agreement_pk', persist: false })
  agreementPk!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Order on the sheet, from 0.' })
  position!: number;

  @Property({ type: 'text' })
  @Field({ description: 'The item as the sheet writes it.' })
  text!: string;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The heading the sheet puts the item under: 【平成24年7月】, or a date standing alone above it (平成23年8月~9月).',
  })
  heading?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Line the item starts on in the agreement’s source document.' })
  line?: number | null;

  @Enum({ items: () => ActivityPeriod, nullable: true })
  @Field(() => ActivityPeriod, { nullable: true, description: 'Set where the sheet separates current and past activities.' })
  period?: ActivityPeriod | null;
}
