import { Entity, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { SourceRef } from '../shared/source-ref';

/**
 * An inconsistency the parser found in the source and how it was decided (seeds/decisions.json,
 * as applied and recorded in the dataset's `decisions`), with the lines it concerns.
 */
@Entity({ tableName: 'finding' })
@ObjectType({ description: 'An inconsistency in the source, decided once with its reason and its lines (seeds/decisions.json).' })
export class Finding {
  [OptionalProps]?: 'pk' | 'sources';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  @Property({ type: 'string', unique: true })
  @Field({ description: 'The decision\'s id, e.g. "era:1289" or "duplicate:8.20+9.9".' })
  key!: string;

  @Property({ type: 'string' })
  @Field({ description: 'What was done: western-year, same-agreement, keep-sheet …' })
  action!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Why it was decided so, in words.' })
  reason!: string;

  @Property({ type: 'string' })
  @Field({ description: 'The source document the lines are in.' })
  document!: string;

  @Property({ type: 'json' })
  @Field(() => [Int], { description: 'The lines concerned, 1-based.' })
  lines!: number[];

  @Field(() => [SourceRef], { description: 'Each line as a source reference (ask for its lines(max: 1) to read it).' })
  get sources(): SourceRef[] {
    return this.lines.map((line) => new SourceRef(this.document, line));
  }
}
