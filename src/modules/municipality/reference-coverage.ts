/**
 * `referenceCoverage`: how much of the graph the reference data covers (#12), counted by
 * the API from what it serves: Japanese local governments with a code and a location,
 * foreign places with an English name and a location, and every place left without one,
 * whose `referenceGaps` say why.
 */
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { MunicipalityRow } from '../../db/reference-data';
import type { Context } from '../../graphql/context';
import { AgreementParty } from '../agreement/agreement-party.entity';
import { Municipality } from './municipality.entity';

@ObjectType({ description: 'How many places of a group have each reference field.' })
class PlaceCoverage {
  @Field(() => Int, { description: 'Places counted in the group.' }) places!: number;
  @Field(() => Int, { description: 'With a local government code (全国地方公共団体コード).' }) withCode!: number;
  @Field(() => Int, { description: 'With an English name.' }) withNameEn!: number;
  @Field(() => Int, { description: 'With a location on the map.' }) withLocation!: number;
}

@ObjectType({ description: 'How much of the graph the reference data on places covers.' })
class ReferenceCoverage {
  @Field(() => PlaceCoverage, { description: 'Japanese prefectures, cities, wards, towns and villages.' }) japanese!: PlaceCoverage;
  @Field(() => PlaceCoverage, { description: 'Foreign regions and localities.' }) foreign!: PlaceCoverage;
  @Field(() => PlaceCoverage, { description: 'Organisations, Japanese and foreign (no code or location of their own).' })
  organizations!: PlaceCoverage;
  @Field(() => [Municipality], { description: 'Every counted place with a reference field left null, with its reasons in referenceGaps.' })
  gaps!: MunicipalityRow[];
}

function count(places: readonly MunicipalityRow[]): PlaceCoverage {
  return {
    places: places.length,
    withCode: places.filter((m) => m.code).length,
    withNameEn: places.filter((m) => m.nameEn).length,
    withLocation: places.filter((m) => m.location).length,
  };
}

@Resolver()
export class ReferenceCoverageResolver {
  @Query(() => ReferenceCoverage, {
    description: 'How much of the graph the reference data on places covers, and what it leaves out and why.',
  })
  async referenceCoverage(
    @Ctx() ctx: Context,
    @Arg('partiesOnly', () => Boolean, {
      defaultValue: true,
      description:
        'Count only places that are parties to an agreement; false adds the levels above them (a province named only as a city’s parent).',
    })
    partiesOnly: boolean,
  ) {
    // Every place as the reference data holds it (read once per data version), in source order.
    const all = ctx.reference.municipalities;
    const parties = partiesOnly ? await ctx.em.find(AgreementParty, {}, { fields: ['municipality'] }) : null;
    const partyPks = parties && new Set(parties.map((p) => (p.municipality as Municipality).pk));
    const places = partyPks ? all.filter((m) => partyPks.has(m.pk)) : all;
    const organizations = places.filter((m) => m.kind === 'ORGANIZATION');
    const japanese = places.filter((m) => m.kind !== 'ORGANIZATION' && m.countryCode === 'JP');
    const foreign = places.filter((m) => m.kind !== 'ORGANIZATION' && m.countryCode !== 'JP');
    return {
      japanese: count(japanese),
      foreign: count(foreign),
      organizations: count(organizations),
      gaps: places.filter((m) => m.referenceGaps.length > 0 || (m.kind !== 'ORGANIZATION' && (!m.nameEn || !m.location))),
    };
  }
}
