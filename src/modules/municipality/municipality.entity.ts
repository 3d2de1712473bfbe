import { Embedded, Entity, Index, ManyToOne, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Country } from '../country/country.entity';
import { GeoPoint } from '../shared/geo-point';
import { KeyedNode } from '../shared/keyed-node';
import { Node } from '../shared/node';
import { MunicipalityKind } from './municipality-kind';
import { ReferenceGap } from './reference-gap';

/**
 * A party to agreements: a Japanese or foreign municipality at any level of its
 * country's hierarchy, or an organisation (kind ORGANIZATION).
 */
@Entity({ tableName: 'municipality' })
@ObjectType({
  implements: Node,
  description:
    'A party to agreements (自治体): a Japanese prefecture, city, ward, town or village, a foreign province, city or town, a state itself, or an organisation (kind says which). Parties sit in a hierarchy (parent, children) and keep the towns that merged into them (predecessors).',
})
export class Municipality extends KeyedNode {
  [OptionalProps]?: 'pk' | 'id' | 'referenceGaps' | 'matchNames' | 'countryCode' | 'parentPk' | 'successorPk';

  @Index()
  @Property({ type: 'string' })
  @Field({ description: 'As the source writes it without the higher levels, e.g. 青森市.' })
  name!: string;

  @Index()
  @Property({ type: 'string' })
  @Field({ description: 'With the higher levels inside its country, e.g. 青森県青森市.' })
  fullName!: string;

  // A text column without a check constraint, as Agreement.kind: MikroORM 6.6's SQLite introspection reads only the first
  // and last value of a check list of three or more, so every start rebuilt this table. The loader validates kinds.
  // Indexed: a prefecture filter starts from the prefectures (45 of 18,926 places at 100× the data).
  @Index()
  @Property({ type: 'string' })
  @Field(() => MunicipalityKind, {
    description: 'What level of government it is (prefecture, city, foreign region …) or that it is an organisation.',
  })
  kind!: MunicipalityKind;

  @ManyToOne(() => Country, { index: true })
  country!: Country;

  /** The country's code, without loading it (also set on rows read for responses). */
  @Property({ fieldName: 'country_code', persist: false })
  countryCode!: string;

  @ManyToOne(() => Municipality, { nullable: true, index: true })
  parent?: Municipality | null;

  @Property({ fieldName: 'parent_pk', persist: false, nullable: true })
  parentPk?: number | null;

  /** The municipality it merged into (高根町 → 北杜市). */
  @ManyToOne(() => Municipality, { nullable: true, index: true })
  successor?: Municipality | null;

  @Property({ fieldName: 'successor_pk', persist: false, nullable: true })
  successorPk?: number | null;

  @Index()
  @Property({ type: 'string', length: 6, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      '全国地方公共団体コード: six digits, the last a check digit (札幌市 011002, 北海道 010006). Null abroad, for organisations and for municipalities merged away (referenceGaps says why).',
  })
  code?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'Official kana reading (さっぽろし); Japanese places only.' })
  reading?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Hepburn romanisation of the reading, long vowels with macrons, the suffix after a hyphen (Sapporo-shi, Tōkyō-to).',
  })
  romanized?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Plain English name (Sapporo, Hokkaido, Sannohe, Dalian, Gyeonggi Province, Vladivostok).',
  })
  nameEn?: string | null;

  @Embedded(() => GeoPoint, { nullable: true, prefix: 'location_' })
  @Field(() => GeoPoint, {
    nullable: true,
    description:
      "Where it is: a Japanese municipality's town hall or a prefecture's office (localgovjp), a foreign region's label point in Natural Earth, a foreign city's or town's point in GeoNames. Null for organisations and where no sound match exists (referenceGaps says why).",
  })
  location?: GeoPoint | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'Official homepage (Japanese local governments).' })
  homepage?: string | null;

  @Property({ type: 'json' })
  @Field(() => [ReferenceGap], { description: 'Each reference field that is null for a stated reason, with the reason.' })
  referenceGaps: ReferenceGap[] = [];

  /** Every name it answers to in `municipalities(filter: { name })`, lower case between bars: "|札幌市|sapporo|さっぽろ|". */
  @Property({ type: 'text' })
  matchNames = '|';
}
