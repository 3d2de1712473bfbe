import { Field, Int, ObjectType } from 'type-graphql';
import { Category } from '../category/category.entity';
import { Country } from '../country/country.entity';
import { Municipality } from '../municipality/municipality.entity';

@ObjectType({ description: 'Agreements listed under a category.' })
export class CategoryBucket {
  @Field(() => Category) category!: Category;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Agreements with at least one foreign party in a country.' })
export class CountryBucket {
  @Field(() => Country) country!: Country;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Agreements of a prefecture or of municipalities under it.' })
export class PrefectureBucket {
  @Field(() => Municipality) prefecture!: Municipality;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Agreements signed in a year; year null for undated agreements.' })
export class YearBucket {
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: 'Counts of the agreements matching a filter, grouped for dashboards. Each agreement counts once per group it belongs to.',
})
export class AgreementAggregates {
  @Field(() => Int) total!: number;
  @Field(() => [CategoryBucket], { description: "By category, in the source's order; empty categories included." })
  byCategory!: CategoryBucket[];
  @Field(() => [CountryBucket], { description: "By foreign party's country, most first." }) byCountry!: CountryBucket[];
  @Field(() => [PrefectureBucket], { description: 'By the prefecture of the Japanese parties, most first.' })
  byPrefecture!: PrefectureBucket[];
  @Field(() => [YearBucket], { description: 'By year of signing, oldest first; undated last.' }) byYear!: YearBucket[];
}
