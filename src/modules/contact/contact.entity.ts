import { Entity, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { toGlobalId } from '../shared/global-id';
import { Node } from '../shared/node';

/** A (7) 問い合わせ先 entry: the department to ask about an agreement. */
@Entity({ tableName: 'contact' })
@ObjectType({ implements: Node })
export class Contact implements Node {
  [OptionalProps]?: 'pk' | 'id';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  @ManyToOne(() => Agreement)
  agreement!: Agreement;

  @ManyToOne(() => Municipality, { nullable: true })
  municipality?: Municipality | null;

  @Property({ type: 'integer' })
  position!: number;

  /** Stable key: the agreement's key and the position, "clair2012:1.1#0". */
  @Property({ type: 'string', unique: true })
  key!: string;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('Contact', this.key);
  }

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  department?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: '内線 (extension).' })
  extension?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true })
  email?: string | null;
}
