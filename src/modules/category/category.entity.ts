import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../shared/global-id';
import { Node } from '../shared/node';

/** One of the survey's nine fields of exchange. */
@Entity({ tableName: 'category' })
@ObjectType({ implements: Node })
export class Category implements Node {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int, {
    description: "1–9 in the source's order: 教育, 文化, スポーツ, 医療, 経済（農業等）, 経済（工業等）, 経済（商業等）, 行政, その他.",
  })
  code!: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId('Category', String(this.code));
  }

  @Property({ type: 'string' })
  @Field()
  name!: string;

  @Property({ type: 'string' })
  @Field()
  nameEn!: string;
}
