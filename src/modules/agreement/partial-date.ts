import { Field, Int, ObjectType } from 'type-graphql';

/** A date known to the year, the month or the day, with the text it was read from. */
@ObjectType()
export class PartialDate {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) month!: number | null;
  @Field(() => Int, { nullable: true }) day!: number | null;
  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }) iso!: string;
  @Field({ description: 'As written in the source, e.g. 平成16（2004）年12月24日.' }) text!: string;
}
