import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A source document the data is taken from, as a researcher cites it. */
@Entity({ tableName: 'document' })
@ObjectType({ description: 'A source document the data is taken from, as a researcher cites it (seeds/documents.json).' })
export class Document {
  @PrimaryKey({ type: 'string' })
  @Field({ description: 'File name under seeds/source/, as SourceRef.document gives it.' })
  file!: string;

  @Property({ type: 'string' })
  @Field({ description: 'As the document gives it; in [brackets] when supplied because the document prints none.' })
  title!: string;

  @Property({ type: 'string' })
  @Field({ description: 'The title in English (a translation).' })
  titleEn!: string;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'As the document states it; null when it does not.' })
  publisher?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year of publication as the document states it; null when it does not.' })
  year?: number | null;
}
