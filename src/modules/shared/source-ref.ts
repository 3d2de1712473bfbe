import { Embeddable, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** Where a fact came from: the source document and the line its passage starts on. Stored as two columns. */
@Embeddable()
@ObjectType({
  description: 'Where a fact comes from: a source document and the line its sheet or passage starts on (ask for lines to read it).',
})
export class SourceRef {
  @Property({ type: 'string' })
  @Field({ description: "The source file's name, e.g. 004_e59d51f378d5a747.txt." })
  document!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: '1-based line where the sheet (or passage) starts.' })
  line!: number;

  constructor(document: string, line: number) {
    this.document = document;
    this.line = line;
  }
}
