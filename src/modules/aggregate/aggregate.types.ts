import { Field, Int, ObjectType } from 'type-graphql';
import { AgreementKind } from '../agreement/agreement-kind';
import type { AgreementFilter } from '../agreement/agreement-filter.input';
import { Category } from '../category/category.entity';
import { Country } from '../country/country.entity';
import { Municipality } from '../municipality/municipality.entity';
import type { AggregateDimension } from './aggregate-dimension';

@ObjectType({ description: 'Agreements listed under a category.' })
export class CategoryBucket {
  @Field(() => Category, { description: 'The category.' }) category!: Category;
  @Field(() => Int, { description: 'Matching agreements listed under it.' }) count!: number;
}

@ObjectType({ description: 'Agreements with at least one foreign party in a country.' })
export class CountryBucket {
  @Field(() => Country, { description: 'The country.' }) country!: Country;
  @Field(() => Int, { description: 'Matching agreements with a party in it.' }) count!: number;
}

@ObjectType({ description: 'Agreements of a prefecture or of municipalities under it.' })
export class PrefectureBucket {
  @Field(() => Municipality, { description: 'The prefecture (都道府県).' }) prefecture!: Municipality;
  @Field(() => Int, { description: 'Matching agreements of the prefecture or of municipalities under it.' }) count!: number;
}

@ObjectType({ description: 'Agreements signed in a year; year null for undated agreements.' })
export class YearBucket {
  @Field(() => Int, { nullable: true, description: 'The year of signing; null for undated agreements.' }) year!: number | null;
  @Field(() => Int, { description: 'Matching agreements signed that year.' }) count!: number;
}

@ObjectType({
  description:
    'One group of a cross-tab: its keys (each dimension grouped by; null for the others, and for agreements without a value in a dimension) and its counts.',
})
export class AggregateRow {
  @Field(() => Int, { nullable: true, description: 'The year of signing (grouped by YEAR).' }) year!: number | null;
  /** Resolved by AggregateRowResolver. */
  countryCode!: string | null;
  prefecturePk!: number | null;
  categoryCode!: number | null;
  @Field(() => AgreementKind, { nullable: true, description: 'The kind of tie (grouped by KIND).' }) kind!: AgreementKind | null;
  @Field(() => Boolean, { nullable: true, description: 'More than two parties or not (grouped by MULTILATERAL).' }) multilateral!:
    boolean | null;
  @Field(() => String, { nullable: true, description: 'A source document that mentions them (SourceRef.document; grouped by SOURCE).' })
  source!: string | null;
  @Field(() => Int, { description: 'Agreements in the group.' }) agreements!: number;
  @Field(() => Int, {
    description:
      "Their listings in the CLAIR survey (a re-listed agreement's every listing); grouped by CATEGORY, those under the row's category.",
  })
  listings!: number;
  @Field(() => Int, { description: "Distinct partners abroad (foreign parties); grouped by COUNTRY, those in the row's country." })
  partners!: number;
}

@ObjectType({
  description:
    'Counts of the agreements matching a filter, grouped for dashboards, all counted in SQL. Each agreement counts once per group it belongs to.',
})
export class AgreementAggregates {
  /** What the fields count (not in the schema). */
  filter!: AgreementFilter | null;
  groupBy!: AggregateDimension[];

  @Field(() => Int, { description: 'Agreements matching the filter.' }) total!: number;
  @Field(() => [CategoryBucket], { description: "By category, in the source's order; empty categories included." })
  byCategory!: CategoryBucket[];
  @Field(() => [CountryBucket], { description: "By foreign party's country, most first." }) byCountry!: CountryBucket[];
  @Field(() => [PrefectureBucket], { description: 'By the prefecture of the Japanese parties, most first.' })
  byPrefecture!: PrefectureBucket[];
  @Field(() => [YearBucket], { description: 'By year of signing, oldest first; undated last.' }) byYear!: YearBucket[];
  @Field(() => [AggregateRow], {
    description:
      'One row per group of groupBy (one row in all without it), sorted by the keys in groupBy order (years and codes ascending, null last).',
  })
  rows!: AggregateRow[];
}
