/**
 * The fields of `aggregates`, each a grouping of the agreements matching the filter: every
 * grouping a request asks for one filter goes into one SQL statement (aggregate.queries.ts),
 * and only the groups' countries, prefectures and categories are loaded, by their loaders.
 */
import { GraphQLError } from 'graphql';
import type { Context } from '../../graphql/context';
import { loaderFor } from '../../graphql/request-loaders';
import type { AgreementKind } from '../agreement/agreement-kind';
import { countryOf } from '../country/country.queries';
import type { Country } from '../country/country.entity';
import type { Municipality } from '../municipality/municipality.entity';
import { municipalityOf } from '../municipality/municipality.queries';
import { AggregateDimension, DIMENSIONS } from './aggregate-dimension';
import { countGroups, MAX_DIMENSIONS, type GroupCount, type Grouping } from './aggregate.queries';
import {
  AggregateRow,
  type AgreementAggregates,
  type CategoryBucket,
  type CountryBucket,
  type PrefectureBucket,
  type YearBucket,
} from './aggregate.types';

/** A groupBy the API takes: at most three dimensions, none twice. */
export function checkGroupBy(groupBy: AggregateDimension[]): AggregateDimension[] {
  if (groupBy.length > MAX_DIMENSIONS || new Set(groupBy).size !== groupBy.length) {
    throw new GraphQLError(`groupBy takes at most ${MAX_DIMENSIONS} dimensions, each once; got [${groupBy.join(', ')}].`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return groupBy;
}

const specOf = (g: Grouping) => `${g.dimensions.join(',')};${g.measures ? 'm' : ''}`;
const groupingOf = (spec: string): Grouping => {
  const [dims, measures] = spec.split(';');
  return { dimensions: (dims ? dims.split(',') : []) as AggregateDimension[], measures: measures === 'm' };
};

/** The groups of `grouping` over the agreements `agg` counts (batched with the request's other groupings of its filter). */
function groupsOf(ctx: Context, agg: AgreementAggregates, dimensions: AggregateDimension[], measures = false): Promise<GroupCount[]> {
  return loaderFor<string, GroupCount[]>(ctx, 'aggregates', agg.filter, async (specs) => {
    const counted = await countGroups(ctx.em, agg.filter, specs.map(groupingOf));
    return new Map(specs.map((s, i) => [s, counted[i]]));
  }).load(specOf({ dimensions, measures }));
}

/** Groups in key order, dimension by dimension: null last. */
function sortGroups(groups: GroupCount[], dimensions: AggregateDimension[]): GroupCount[] {
  const compare = (a: GroupCount, b: GroupCount) => {
    for (let j = 0; j < dimensions.length; j++) {
      const [x, y] = [a.sorts[j], b.sorts[j]];
      if (x === y) continue;
      if (x == null || y == null) return x == null ? 1 : -1;
      const c = DIMENSIONS[dimensions[j]].numeric ? Number(x) - Number(y) : x < y ? -1 : 1;
      if (c) return c;
    }
    return 0;
  };
  return [...groups].sort(compare);
}

/** A group as a row of the schema, its keys typed. */
function rowOf(group: GroupCount, dimensions: AggregateDimension[]): AggregateRow {
  const key = (d: AggregateDimension) => {
    const j = dimensions.indexOf(d);
    return j < 0 ? null : group.keys[j];
  };
  const numberOrNull = (v: string | null) => (v == null ? null : Number(v));
  const multilateral = key(AggregateDimension.MULTILATERAL);
  return Object.assign(new AggregateRow(), {
    year: numberOrNull(key(AggregateDimension.YEAR)),
    countryCode: key(AggregateDimension.COUNTRY),
    prefecturePk: numberOrNull(key(AggregateDimension.PREFECTURE)),
    categoryCode: numberOrNull(key(AggregateDimension.CATEGORY)),
    kind: key(AggregateDimension.KIND) as AgreementKind | null,
    multilateral: multilateral == null ? null : multilateral === 'true' || multilateral === '1',
    source: key(AggregateDimension.SOURCE),
    agreements: group.agreements,
    listings: group.listings,
    partners: group.partners,
  });
}

export async function aggregateRows(ctx: Context, agg: AgreementAggregates): Promise<AggregateRow[]> {
  return sortGroups(await groupsOf(ctx, agg, agg.groupBy, true), agg.groupBy).map((g) => rowOf(g, agg.groupBy));
}

export async function total(ctx: Context, agg: AgreementAggregates): Promise<number> {
  return (await groupsOf(ctx, agg, []))[0]?.agreements ?? 0;
}

/** Groups of one dimension with a value (the null group left out), most first, then in key order. */
async function largestFirst(ctx: Context, agg: AgreementAggregates, d: AggregateDimension): Promise<GroupCount[]> {
  const groups = sortGroups(await groupsOf(ctx, agg, [d]), [d]).filter((g) => g.keys[0] != null);
  return groups
    .map((g, i) => [g, i] as const)
    .sort(([a, i], [b, j]) => b.agreements - a.agreements || i - j)
    .map(([g]) => g);
}

export async function byCategory(ctx: Context, agg: AgreementAggregates): Promise<CategoryBucket[]> {
  const groups = await groupsOf(ctx, agg, [AggregateDimension.CATEGORY]);
  // Every category, from the reference data (held per data version), in code order.
  const categories = [...ctx.reference.categories].sort((a, b) => a.code - b.code);
  const count = new Map(groups.map((g) => [Number(g.keys[0]), g.agreements]));
  return categories.map((category) => ({ category, count: count.get(category.code) ?? 0 }));
}

export async function byCountry(ctx: Context, agg: AgreementAggregates): Promise<CountryBucket[]> {
  const groups = await largestFirst(ctx, agg, AggregateDimension.COUNTRY);
  const countries = await Promise.all(groups.map(async (g) => countryOf(ctx, String(g.keys[0]))));
  return groups.map((g, i) => ({ country: countries[i] as Country, count: g.agreements }));
}

export async function byPrefecture(ctx: Context, agg: AgreementAggregates): Promise<PrefectureBucket[]> {
  const groups = await largestFirst(ctx, agg, AggregateDimension.PREFECTURE);
  const prefectures = await Promise.all(groups.map(async (g) => municipalityOf(ctx, Number(g.keys[0]))));
  return groups.map((g, i) => ({ prefecture: prefectures[i] as Municipality, count: g.agreements }));
}

export async function byYear(ctx: Context, agg: AgreementAggregates): Promise<YearBucket[]> {
  const groups = sortGroups(await groupsOf(ctx, agg, [AggregateDimension.YEAR]), [AggregateDimension.YEAR]);
  return groups.map((g) => ({ year: g.keys[0] == null ? null : Number(g.keys[0]), count: g.agreements }));
}
