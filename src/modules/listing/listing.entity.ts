import { Embedded, Entity, Index, ManyToOne, Property, OptionalProps } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity';
import { Category } from '../category/category.entity';
import { KeyedNode } from '../shared/keyed-node';
import { Node } from '../shared/node';
import { SourceRef } from '../shared/source-ref';
import { Sheet } from '../sheet/sheet.types';

/** An agreement's listing under one category of the survey (a detail sheet). Key: "clair2012:<category>.<number>". */
@Entity({ tableName: 'listing' })
@Index({ properties: ['category', 'number'] })
@ObjectType({
  implements: Node,
  description:
    'One entry of the CLAIR 2012 survey: an agreement listed under one category, with its own detail sheet. An agreement listed again under another category (re-listed, 【再掲】) has a listing for each.',
})
export class Listing extends KeyedNode {
  [OptionalProps]?: 'pk' | 'id' | 'source' | 'agreementPk' | 'categoryCode';

  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  /** The agreement's primary key, without loading it (also set on rows read for responses). */
  @Property({ fieldName: 'agreement_pk', persist: false })
  agreementPk!: number;

  @ManyToOne(() => Category, { index: true })
  category!: Category;

  @Property({ fieldName: 'category_code', persist: false })
  categoryCode!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: "The listing's number inside its category in the source." })
  number!: number;

  @Property({ type: 'boolean' })
  @Field({ description: 'Not the first listing of its agreement: a re-listing under another category.' })
  relisted!: boolean;

  @Property({ type: 'boolean' })
  @Field({
    description:
      'The source marks it 【再掲】 (on the sheet or in the table of contents). Differs from relisted where the source is inconsistent (see README).',
  })
  markedRelisted!: boolean;

  @Property({ type: 'text' })
  @Field({ description: "The title as this listing's sheet writes it." })
  title!: string;

  @Property({ type: 'json' })
  @Field(() => Sheet, {
    description: 'This listing’s own sheet, as printed under this category (a re-listing’s may differ from the first).',
  })
  sheet!: Sheet;

  @Embedded(() => SourceRef, { prefix: 'source_' })
  @Field(() => SourceRef, { description: 'Where its sheet starts in the survey document.' })
  source!: SourceRef;

  @Property({ type: 'integer' }) tocLine!: number;
}
