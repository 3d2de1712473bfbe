import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A date known to the year, the month or the day, with the text it was read from. Stored as five columns. */
@Embeddable()
@ObjectType({
  description: 'A date known to the year, the month or the day, as the source gives it (Japanese era years converted to western years).',
})
export class PartialDate {
  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The western year (平成16 → 2004).' })
  year!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Month 1–12; null when the source gives only the year.' })
  month!: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Day of the month; null when the source does not give it.' })
  day!: number | null;

  /** Indexed: agreements are filtered and ordered by date. */
  @Property({ type: 'string', index: true })
  @Field({ description: 'The known parts in ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD.' })
  iso!: string;

  @Property({ type: 'text' })
  @Field({ description: 'As written in the source, e.g. 平成16（2004）年12月24日.' })
  text!: string;
}
