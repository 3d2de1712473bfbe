import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pkOf } from '../../graphql/loaders';
import { loaderFor } from '../../graphql/request-loaders';
import { AgreementFilter } from '../agreement/agreement-filter.input';
import { AgreementConnection } from '../agreement/agreement.connection';
import { AgreementOrder, orderAgreements } from '../agreement/agreement-order';
import { agreementPage } from '../agreement/agreement-page';
import { agreementCountsHeldBy, agreementsHeldBy, type AgreementRow } from '../agreement/agreement.queries';
import { Contact } from '../contact/contact.entity';
import { Country } from '../country/country.entity';
import { ConnectionArgs, slicePage, toConnection } from '../../graphql/connection';
import { MunicipalityFilter } from './municipality-filter.input';
import { figureOf, MunicipalityOrder, orderMunicipalities } from './municipality-order';
import { MunicipalityConnection } from './municipality.connection';
import { Municipality } from './municipality.entity';
import { degreesOf, findMunicipalities } from './municipality.queries';

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
    return toConnection(
      slice,
      slice.page.map((k) => byKey.get(k)!.entity()),
    );
  }

  @FieldResolver(() => Country, { description: 'The country it is in (Japan for Japanese parties).' })
  country(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.country.load(pkOf(m.country)!);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The level above it in its country (青森市 → 青森県, a Chinese county → its province); null at the top level.',
  })
  parent(@Root() m: Municipality, @Ctx() ctx: Context) {
    const pk = pkOf(m.parent);
    return pk == null ? null : ctx.loaders.municipality.load(pk);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The parties one level below it (a prefecture’s cities, towns and villages that are in the data).',
  })
  children(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.childrenByParent.load(m.pk);
  }

  @FieldResolver(() => AgreementConnection, {
    description: 'Agreements this municipality (or one that merged into it) is a party to, in source order.',
  })
  async agreements(
    @Root() m: Municipality,
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Only its agreements matching this filter.' })
    filter?: AgreementFilter,
    @Arg('orderBy', () => AgreementOrder, { nullable: true, description: 'Source order if not given.' }) orderBy?: AgreementOrder,
  ) {
    // One statement for every municipality of the page asking with this filter.
    const held = await loaderFor<number, AgreementRow[]>(ctx, 'agreementsHeldBy', filter, (pks) =>
      agreementsHeldBy(ctx.em, pks, filter),
    ).load(m.pk);
    return agreementPage(ctx, orderAgreements(held, orderBy), page);
  }

  @FieldResolver(() => Int, {
    description:
      'How many agreements this municipality holds (its own and those of the towns that merged into it), matching the filter if given: agreements(filter).totalCount, counted for the whole page in one statement.',
  })
  agreementCount(
    @Root() m: Municipality,
    @Ctx() ctx: Context,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Count only its agreements matching this filter.' })
    filter?: AgreementFilter,
  ) {
    return loaderFor<number, number>(ctx, 'agreementCountsHeldBy', filter, (pks) => agreementCountsHeldBy(ctx.em, pks, filter)).load(m.pk);
  }

  @FieldResolver(() => Int, { description: "How many parties share an agreement with it: partners' length, its degree in the network." })
  degree(@Root() m: Municipality, @Ctx() ctx: Context) {
    return loaderFor<number, number>(ctx, 'degree', null, (pks) => degreesOf(ctx.em, pks)).load(m.pk);
  }

  @FieldResolver(() => [Municipality], { description: 'Every party that shares at least one agreement with this one.' })
  async partners(@Root() m: Municipality, @Ctx() ctx: Context) {
    const own = await ctx.loaders.partiesByMunicipality.load(m.pk);
    const all = await ctx.loaders.partiesByAgreement.loadMany(own.map((p) => pkOf(p.agreement)!));
    const partnerPks = new Set<number>();
    for (const parties of all) {
      if (parties instanceof Error) throw parties;
      for (const p of parties) {
        const pk = pkOf(p.municipality) as number;
        if (pk !== m.pk) partnerPks.add(pk);
      }
    }
    return ctx.loaders.municipality.loadMany([...partnerPks].sort((a, b) => a - b));
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality it merged into (高根町 → 北杜市).' })
  successor(@Root() m: Municipality, @Ctx() ctx: Context) {
    const pk = pkOf(m.successor);
    return pk == null ? null : ctx.loaders.municipality.load(pk);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities that merged into this one.' })
  predecessors(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.predecessorsBySuccessor.load(m.pk);
  }

  @FieldResolver(() => [Contact], { description: "Contacts given for this municipality on its agreements' sheets." })
  contacts(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.contactsByMunicipality.load(m.pk);
  }
}
