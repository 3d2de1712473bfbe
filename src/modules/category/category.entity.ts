import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../shared/global-id';
import { Node } from '../shared/node';

/** One of the survey's nine fields of exchange. */
@Entity({ tableName: 'category' })
@ObjectType({
  implements: Node,
  description:
    'One of the nine fields of exchange (分野) the CLAIR 2012 survey lists agreements under: education, culture, sport, medicine, three economic fields, administration and others.',
})
export class Category implements Node {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int, {
    description:
      "1–9 in the source's order: education (教育), culture (文化), sport (スポーツ), medicine (医療), economy: agriculture (経済（農業等）), economy: industry (経済（工業等）), economy: commerce (経済（商業等）), administration (行政), other (その他).",
  })
  code!: number;

  @Field(() => ID, { description: 'Global id of this category (opaque, stable across reloads); `node(id:)` finds it.' })
  get id(): string {
    return toGlobalId('Category', String(this.code));
  }

  @Property({ type: 'string' })
  @Field({ description: 'The name in Japanese, as the survey writes it (教育).' })
  name!: string;

  @Property({ type: 'string' })
  @Field({ description: 'The name in English (Education).' })
  nameEn!: string;
}
