import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { fieldKey, memo, type Context } from '../../graphql/context';
import { loaderFor } from '../../graphql/request-loaders';
import type { MunicipalityRow } from '../../db/reference-data';
import { AgreementFilter } from '../agreement/agreement-filter.input';
import { AgreementConnection } from '../agreement/agreement.connection';
import { AgreementOrder, orderAgreements } from '../agreement/agreement-order';
import { agreementPage } from '../agreement/agreement-page';
import { agreementCountsHeldBy, agreementsHeldBy, type AgreementRow } from '../agreement/agreement.queries';
import { Contact } from '../contact/contact.entity';
import { Country } from '../country/country.entity';
import { countryOf } from '../country/country.queries';
import { ConnectionArgs, slicePage, toConnection } from '../../graphql/connection';
import { MunicipalityFilter } from './municipality-filter.input';
import { figureOf, MunicipalityOrder, orderMunicipalities } from './municipality-order';
import { MunicipalityConnection } from './municipality.connection';
import { Municipality } from './municipality.entity';
import { childrenOf, degreesOf, findMunicipalities, municipalityOf, predecessorsOf } from './municipality.queries';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities and organisations, top levels first.' })
  async municipalities(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => MunicipalityFilter, {
      nullable: true,
      description: 'Only the places matching it (name, country, kind, prefecture); all if not given.',
    })
    filter?: MunicipalityFilter,
    @Arg('orderBy', () => MunicipalityOrder, { nullable: true, description: 'Top levels first, in source order, if not given.' })
    orderBy?: MunicipalityOrder,
  ) {
    const rows = orderMunicipalities(await findMunicipalities(ctx.em, filter, figureOf(orderBy)), orderBy);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const slice = slicePage(
      rows.map((r) => r.key),
      page,
    );
    // The page's municipalities as the reference data holds them (read from the database after an unnoticed re-import).
    return toConnection(slice, await Promise.all(slice.page.map(async (k) => municipalityOf(ctx, byKey.get(k)!.pk))));
  }

  @FieldResolver(() => Country, { description: 'The country it is in (Japan for Japanese parties).' })
  country(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return countryOf(ctx, m.countryCode);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The level above it in its country (青森市 → 青森県, a Chinese county → its province); null at the top level.',
  })
  parent(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return m.parentPk == null ? null : municipalityOf(ctx, m.parentPk);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The parties one level below it (a prefecture’s cities, towns and villages that are in the data).',
  })
  children(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return childrenOf(ctx, m.pk);
  }

  @FieldResolver(() => AgreementConnection, {
    description: 'Agreements this municipality (or one that merged into it) is a party to, in source order.',
  })
  async agreements(
    @Root() m: MunicipalityRow,
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Only its agreements matching this filter.' })
    filter?: AgreementFilter,
    @Arg('orderBy', () => AgreementOrder, { nullable: true, description: 'Source order if not given.' }) orderBy?: AgreementOrder,
    @Info() info?: GraphQLResolveInfo,
  ) {
    // A municipality met several times in one answer (a party of many agreements) is paged once per selection.
    return memo(ctx, `municipality.agreements:${fieldKey(info!)}:${m.pk}`, async () => {
      // One statement for every municipality of the page asking with this filter.
      const held = await loaderFor<number, AgreementRow[]>(ctx, 'agreementsHeldBy', filter, (pks) =>
        agreementsHeldBy(ctx.em, pks, filter),
      ).load(m.pk);
      return agreementPage(ctx, orderAgreements(held, orderBy), page, info!);
    });
  }

  @FieldResolver(() => Int, {
    description:
      'How many agreements this municipality holds (its own and those of the towns that merged into it), matching the filter if given: agreements(filter).totalCount, counted for the whole page in one statement.',
  })
  agreementCount(
    @Root() m: MunicipalityRow,
    @Ctx() ctx: Context,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Count only its agreements matching this filter.' })
    filter?: AgreementFilter,
  ) {
    return loaderFor<number, number>(ctx, 'agreementCountsHeldBy', filter, (pks) => agreementCountsHeldBy(ctx.em, pks, filter)).load(m.pk);
  }

  @FieldResolver(() => Int, { description: "How many parties share an agreement with it: partners' length, its degree in the network." })
  degree(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return loaderFor<number, number>(ctx, 'degree', null, (pks) => degreesOf(ctx.em, pks)).load(m.pk);
  }

  @FieldResolver(() => [Municipality], { description: 'Every party that shares at least one agreement with this one.' })
  async partners(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    const own = await ctx.loaders.partiesByMunicipality.load(m.pk);
    const all = await ctx.loaders.partiesByAgreement.loadMany(own.map((p) => p.agreementPk));
    const partnerPks = new Set<number>();
    for (const parties of all) {
      if (parties instanceof Error) throw parties;
      for (const p of parties) if (p.municipalityPk !== m.pk) partnerPks.add(p.municipalityPk);
    }
    return Promise.all([...partnerPks].sort((a, b) => a - b).map(async (pk) => municipalityOf(ctx, pk)));
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality it merged into (高根町 → 北杜市).' })
  successor(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return m.successorPk == null ? null : municipalityOf(ctx, m.successorPk);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities that merged into this one.' })
  predecessors(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return predecessorsOf(ctx, m.pk);
  }

  @FieldResolver(() => [Contact], { description: "Contacts given for this municipality on its agreements' sheets." })
  contacts(@Root() m: MunicipalityRow, @Ctx() ctx: Context) {
    return ctx.loaders.contactsByMunicipality.load(m.pk);
  }
}
