import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AgreementFilter } from '../agreement/agreement-filter.input';
import { Category } from '../category/category.entity';
import { categoryOf } from '../category/category.queries';
import { Country } from '../country/country.entity';
import { countryOf } from '../country/country.queries';
import { Municipality } from '../municipality/municipality.entity';
import { municipalityOf } from '../municipality/municipality.queries';
import { AggregateDimension } from './aggregate-dimension';
import { AggregateRow, AgreementAggregates, CategoryBucket, CountryBucket, PrefectureBucket, YearBucket } from './aggregate.types';
import * as compute from './compute-aggregates';

@Resolver(() => AgreementAggregates)
export class AggregateResolver {
  @Query(() => AgreementAggregates, {
    description:
      'Counts of the agreements matching a filter, counted in SQL: by category, country, prefecture and year, and as a cross-tab of up to three dimensions (rows), e.g. agreements per year per country with China or Korea in the economic categories.',
  })
  aggregates(
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'The agreements to count; all if not given.' })
    filter?: AgreementFilter,
    @Arg('groupBy', () => [AggregateDimension], {
      defaultValue: [],
      description: 'What rows are keyed by: up to three dimensions, each once (none: one row for every matching agreement).',
    })
    groupBy: AggregateDimension[] = [],
  ): AgreementAggregates {
    return Object.assign(new AgreementAggregates(), { filter: filter ?? null, groupBy: compute.checkGroupBy(groupBy) });
  }

  @FieldResolver({ description: 'Agreements matching the filter.' })
  total(@Root() agg: AgreementAggregates, @Ctx() ctx: Context): Promise<number> {
    return compute.total(ctx, agg);
  }

  @FieldResolver(() => [CategoryBucket])
  byCategory(@Root() agg: AgreementAggregates, @Ctx() ctx: Context) {
    return compute.byCategory(ctx, agg);
  }

  @FieldResolver(() => [CountryBucket])
  byCountry(@Root() agg: AgreementAggregates, @Ctx() ctx: Context) {
    return compute.byCountry(ctx, agg);
  }

  @FieldResolver(() => [PrefectureBucket])
  byPrefecture(@Root() agg: AgreementAggregates, @Ctx() ctx: Context) {
    return compute.byPrefecture(ctx, agg);
  }

  @FieldResolver(() => [YearBucket])
  byYear(@Root() agg: AgreementAggregates, @Ctx() ctx: Context) {
    return compute.byYear(ctx, agg);
  }

  @FieldResolver(() => [AggregateRow])
  rows(@Root() agg: AgreementAggregates, @Ctx() ctx: Context) {
    return compute.aggregateRows(ctx, agg);
  }
}

@Resolver(() => AggregateRow)
export class AggregateRowResolver {
  @FieldResolver(() => Country, { nullable: true, description: "A partner abroad's country (grouped by COUNTRY)." })
  country(@Root() row: AggregateRow, @Ctx() ctx: Context) {
    return row.countryCode == null ? null : countryOf(ctx, row.countryCode);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The prefecture (grouped by PREFECTURE).' })
  prefecture(@Root() row: AggregateRow, @Ctx() ctx: Context) {
    return row.prefecturePk == null ? null : municipalityOf(ctx, row.prefecturePk);
  }

  @FieldResolver(() => Category, { nullable: true, description: 'The survey category (grouped by CATEGORY).' })
  category(@Root() row: AggregateRow, @Ctx() ctx: Context) {
    return row.categoryCode == null ? null : categoryOf(ctx, row.categoryCode);
  }
}
