import { Field, Int, ObjectType } from 'type-graphql';
import { Category } from '../category/category.entity';
import { Country } from '../country/country.entity';

@ObjectType({ description: 'The totals of the survey’s summary table, computed from the data.' })
export class Totals {
  @Field(() => Int, { description: 'Listings: entries of the survey, re-listings included.' }) listings!: number;
  @Field(() => Int, { description: 'Listings of agreements with two parties.' }) oneToOne!: number;
  @Field(() => Int, { description: 'Listings of agreements with more than two parties.' }) multilateral!: number;
  @Field(() => Int, { description: "Listings that repeat an agreement listed before (the data's count)." }) relisted!: number;
  @Field(() => Int, { description: "Listings the source marks 【再掲】 (the source table's count)." }) markedRelisted!: number;
  @Field(() => Int, { description: 'Distinct agreements (a re-listed agreement counts once).' }) agreements!: number;
  @Field(() => Int, { description: 'Parties: municipalities and organisations that are party to an agreement.' }) municipalities!: number;
}

@ObjectType({ description: 'One row of the survey’s table by category.' })
export class CategoryCount {
  @Field(() => Category, { description: 'The category.' }) category!: Category;
  @Field(() => Int, { description: 'Listings under it.' }) listings!: number;
  @Field(() => Int, { description: "Of these, re-listings of an agreement listed before (the data's count)." }) relisted!: number;
  @Field(() => Int, { description: "Of these, listings the source marks 【再掲】 (re-listed; the source table's count)." })
  markedRelisted!: number;
  @Field(() => Int, { description: 'Of these listings, those of agreements with more than two parties.' }) multilateral!: number;
}

@ObjectType({ description: 'One row of the survey’s table by country: one-to-one listings with a partner there.' })
export class CountryCount {
  @Field(() => Country, { description: 'The partner’s country.' }) country!: Country;
  @Field(() => Int, { description: 'One-to-one listings with a partner in it.' }) listings!: number;
  @Field(() => Int, { description: "Of these, re-listings of an agreement listed before (the data's count)." }) relisted!: number;
  @Field(() => Int, { description: "Of these, listings the source marks 【再掲】 (re-listed; the source table's count)." })
  markedRelisted!: number;
}

@ObjectType({ description: "The document's summary tables, computed from the data." })
export class Stats {
  @Field(() => Totals, { description: 'Listings, agreements and parties in all.' }) totals!: Totals;
  @Field(() => [CategoryCount], { description: 'Listings by category, in the source’s order.' }) byCategory!: CategoryCount[];
  @Field(() => [CountryCount], {
    description: "One-to-one listings by the foreign party's country, as the source's country table counts them; most listings first.",
  })
  byCountry!: CountryCount[];
}
