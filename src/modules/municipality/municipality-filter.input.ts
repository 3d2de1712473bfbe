import { Field, InputType } from 'type-graphql';
import type { BooleanFilter } from '../../db/filter-tree';
import { MunicipalityKind } from './municipality-kind';

const SCRIPTS =
  'Names in every script count: name and fullName (札幌市, 北海道札幌市), English (Sapporo), romanised (Sapporo-shi) and kana with or without the suffix (さっぽろし, さっぽろ); case, macrons and katakana/hiragana do not matter.';

/** A partial name: each field given must hold for one of the names a place is known by. */
@InputType({ description: `How to match a name. ${SCRIPTS}` })
export class NameMatch {
  @Field(() => String, { nullable: true, description: 'A whole name (the same as MunicipalityFilter.name).' })
  equals?: string | null;

  @Field(() => String, { nullable: true, description: 'The start of a name (札幌, sap, さっ); "" matches every place.' })
  startsWith?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a name (幌, ppor, ぽろ); "" matches every place.' })
  contains?: string | null;
}

@InputType({
  description: `Conditions on municipalities: every field given must hold, and so must \`and\`, \`or\` and \`not\`, which nest. \`and: []\` matches every place, \`or: []\` none, \`not: {}\` none. Each nested filter adds to the query's cost the rows its subquery may read (the number of agreements or municipalities, whichever is larger), and a tree may nest as deep as the depth limit.`,
})
export class MunicipalityFilter implements BooleanFilter<MunicipalityFilter> {
  @Field(() => String, { nullable: true, description: `A whole name it is known by. ${SCRIPTS}` })
  name?: string | null;

  @Field(() => NameMatch, { nullable: true, description: 'A whole name, its start or a part of it (nameMatch: { startsWith: "札幌" }).' })
  nameMatch?: NameMatch | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. JP, CN, KR.' })
  country?: string | null;

  @Field(() => MunicipalityKind, { nullable: true, description: 'Of this kind (PREFECTURE, CITY, REGION, ORGANIZATION …).' })
  kind?: MunicipalityKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A prefecture's name (北海道, Hokkaido) or any municipality's id: it and every municipality under it (the rule of AgreementFilter.prefecture).",
  })
  prefecture?: string | null;

  @Field(() => [MunicipalityFilter], { nullable: true, description: 'Every one of these filters holds; `[]` always holds.' })
  and?: MunicipalityFilter[] | null;

  @Field(() => [MunicipalityFilter], { nullable: true, description: 'At least one of these filters holds; `[]` never holds.' })
  or?: MunicipalityFilter[] | null;

  @Field(() => MunicipalityFilter, { nullable: true, description: 'This filter does not hold (its exact complement); `{}` never holds.' })
  not?: MunicipalityFilter | null;
}
