import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { memo, type Context } from '../../graphql/context';
import { pkOf } from '../../graphql/loaders';
import { AgreementFilter } from '../agreement/agreement-filter.input';
import { AgreementConnection } from '../agreement/agreement.connection';
import { AgreementOrder, orderAgreements } from '../agreement/agreement-order';
import { agreementPage } from '../agreement/agreement-page';
import { findAgreements } from '../agreement/find-agreements';
import { Contact } from '../contact/contact.entity';
import { Country } from '../country/country.entity';
import { ConnectionArgs, slicePage, toConnection } from '../../graphql/connection';
import { MunicipalityFilter } from './municipality-filter.input';
import { nameMatch } from '../shared/place-names';
import { MunicipalityOrder, orderMunicipalities } from './municipality-order';
import { MunicipalityConnection } from './municipality.connection';
import { Municipality } from './municipality.entity';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities and organisations, top levels first.' })
  async municipalities(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => MunicipalityFilter, { nullable: true }) filter?: MunicipalityFilter,
    @Arg('orderBy', () => MunicipalityOrder, { nullable: true, description: 'Top levels first, in source order, if not given.' })
    orderBy?: MunicipalityOrder,
  ) {
    const where: FilterQuery<Municipality> = {};
    const byName = filter?.name ? nameMatch(filter.name) : null;
    if (byName) Object.assign(where, byName.where);
    if (filter?.country) where.country = { code: filter.country.toUpperCase() };
    if (filter?.kind) where.kind = filter.kind;
    const found = await ctx.em.find(Municipality, where, { orderBy: { pk: 'asc' } });
    const rows = orderMunicipalities(byName ? found.filter(byName.test) : found, orderBy);
    const byKey = new Map(rows.map((m) => [m.key, m]));
    const slice = slicePage(
      rows.map((m) => m.key),
      page,
    );
    return toConnection(
      slice,
      slice.page.map((k) => byKey.get(k)!),
    );
  }

  @FieldResolver(() => Country)
  country(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.country.load(pkOf(m.country)!);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  parent(@Root() m: Municipality, @Ctx() ctx: Context) {
    const pk = pkOf(m.parent);
    return pk == null ? null : ctx.loaders.municipality.load(pk);
  }

  @FieldResolver(() => [Municipality])
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
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter?: AgreementFilter,
    @Arg('orderBy', () => AgreementOrder, { nullable: true }) orderBy?: AgreementOrder,
  ) {
    // Its own agreements and those of the municipalities that merged into it.
    const predecessors = await ctx.loaders.predecessorsBySuccessor.load(m.pk);
    const lists = await ctx.loaders.partiesByMunicipality.loadMany([m.pk, ...predecessors.map((p) => p.pk)]);
    const own = new Set(lists.flatMap((l) => (l instanceof Error ? [] : l)).map((p) => pkOf(p.agreement) as number));
    // A filter is evaluated once per request, then intersected with each municipality's agreements.
    const rows = await memo(ctx, `agreements:${JSON.stringify(filter ?? null)}`, () => findAgreements(ctx.em, filter));
    return agreementPage(
      ctx,
      orderAgreements(
        rows.filter((r) => own.has(r.pk)),
        orderBy,
      ),
      page,
    );
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
