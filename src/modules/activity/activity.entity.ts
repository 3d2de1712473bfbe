import { Entity, Enum, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity';
import { toGlobalId } from '../shared/global-id';
import { Node } from '../shared/node';
import { ActivityPeriod } from './activity-period';

/** One item of an agreement's (4) 取組内容. */
@Entity({ tableName: 'activity' })
@ObjectType({ implements: Node })
export class Activity implements Node {
  [OptionalProps]?: 'pk' | 'id';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  @ManyToOne(() => Agreement)
  agreement!: Agreement;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Order on the sheet, from 0.' })
  position!: number;

  /** Stable key: the agreement's key and the position, "clair2012:1.1#0". */
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('Activity', this.key);
  }

  @Property({ type: 'text' })
  @Field()
  text!: string;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'The heading the sheet puts the item under (【平成24年7月】).' })
  heading?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Line the item starts on in the agreement’s source document.' })
  line?: number | null;

  @Enum({ items: () => ActivityPeriod, nullable: true })
  @Field(() => ActivityPeriod, { nullable: true, description: 'Set where the sheet separates current and past activities.' })
  period?: ActivityPeriod | null;
}
