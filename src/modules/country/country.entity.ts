import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A country by ISO 3166-1 alpha-2, with its Japanese and English names. */
@Entity({ tableName: 'country' })
@ObjectType()
export class Country {
  @PrimaryKey({ type: 'string', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2.' })
  code!: string;

  @Property({ type: 'string' })
  @Field()
  nameJa!: string;

  @Property({ type: 'string' })
  @Field()
  nameEn!: string;
}
