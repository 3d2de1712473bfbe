import { Field, Int, ObjectType } from 'type-graphql';
import { Category } from '../category/category.entity';
import { Country } from '../country/country.entity';

@ObjectType()
export class Totals {
  @Field(() => Int) listings!: number;
  @Field(() => Int, { description: 'Listings of agreements with two parties.' }) oneToOne!: number;
  @Field(() => Int, { description: 'Listings of agreements with more than two parties.' }) multilateral!: number;
  @Field(() => Int, { description: "Listings that repeat an agreement listed before (the data's count)." }) relisted!: number;
  @Field(() => Int, { description: "Listings the source marks 【再掲】 (the source table's count)." }) markedRelisted!: number;
  @Field(() => Int) agreements!: number;
  @Field(() => Int, { description: 'Parties: municipalities and organisations that are party to an agreement.' }) municipalities!: number;
}

@ObjectType()
export class CategoryCount {
  @Field(() => Category) category!: Category;
  @Field(() => Int) listings!: number;
  @Field(() => Int) relisted!: number;
  @Field(() => Int) markedRelisted!: number;
  @Field(() => Int, { description: 'Of these listings, those of agreements with more than two parties.' }) multilateral!: number;
}

@ObjectType()
export class CountryCount {
  @Field(() => Country) country!: Country;
  @Field(() => Int) listings!: number;
  @Field(() => Int) relisted!: number;
  @Field(() => Int) markedRelisted!: number;
}

@ObjectType({ description: "The document's summary tables, computed from the data." })
export class Stats {
  @Field(() => Totals) totals!: Totals;
  @Field(() => [CategoryCount]) byCategory!: CategoryCount[];
  @Field(() => [CountryCount], {
    description: "One-to-one listings by the foreign party's country, as the source's country table counts them; most listings first.",
  })
  byCountry!: CountryCount[];
}
