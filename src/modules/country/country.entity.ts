import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A country by ISO 3166-1 alpha-2, with its Japanese and English names. */
@Entity({ tableName: 'country' })
@ObjectType({ description: 'A country with a party to an agreement (Japan included), by its ISO code.' })
export class Country {
  @PrimaryKey({ type: 'string', length: 2 })
  @Field({ description: 'ISO 3166-1 alpha-2 country code (JP, CN, KR, US …).' })
  code!: string;

  @Property({ type: 'string' })
  @Field({ description: 'The name in Japanese (中華人民共和国, 大韓民国).' })
  nameJa!: string;

  @Property({ type: 'string' })
  @Field({ description: "The name in English (People's Republic of China, South Korea)." })
  nameEn!: string;
}
