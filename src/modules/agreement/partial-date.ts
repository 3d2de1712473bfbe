import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A date known to the year, the month or the day, with the text it was read from. Stored as five columns. */
@Embeddable()
@ObjectType()
export class PartialDate {
  @Property({ type: 'integer' })
  @Field(() => Int)
  year!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  day!: number | null;

  /** Indexed: agreements are filtered and ordered by date. */
  @Property({ type: 'string', index: true })
  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  iso!: string;

  @Property({ type: 'text' })
  @Field({ description: 'As written in the source, e.g. 平成16（2004）年12月24日.' })
  text!: string;
}
