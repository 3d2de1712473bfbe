import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Activity } from '../activity/activity.entity';
import { Category } from '../category/category.entity';
import { categoryOf } from '../category/category.queries';
import { Contact } from '../contact/contact.entity';
import { Listing } from '../listing/listing.entity';
import { ConnectionArgs } from '../../graphql/connection';
import { AgreementFilter } from './agreement-filter.input';
import { AgreementOrder, orderAgreements } from './agreement-order';
import { AgreementParty } from './agreement-party.entity';
import { AgreementConnection } from './agreement.connection';
import { Agreement } from './agreement.entity';
import { agreementPage } from './agreement-page';
import { findAgreements, type AgreementRead } from './agreement.queries';
import { SourceRef } from '../shared/source-ref';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: 'Agreements matching a filter, in source order unless orderBy says otherwise.' })
  async agreements(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Only the agreements matching it; all if not given.' })
    filter?: AgreementFilter,
    @Arg('orderBy', () => AgreementOrder, { nullable: true, description: 'Source order if not given.' }) orderBy?: AgreementOrder,
  ) {
    return agreementPage(ctx, orderAgreements(await findAgreements(ctx.em, filter), orderBy), page);
  }

  @FieldResolver(() => [AgreementParty], {
    description: 'Its parties, in the order the source names them (a survey sheet names the Japanese ones first).',
  })
  parties(@Root() a: AgreementRead, @Ctx() ctx: Context) {
    return ctx.loaders.partiesByAgreement.load(a.pk);
  }

  @FieldResolver(() => [Listing], {
    description: 'Every listing of this agreement: the first, and each re-listing (【再掲】) under another category.',
  })
  listings(@Root() a: AgreementRead, @Ctx() ctx: Context) {
    return ctx.loaders.listingsByAgreement.load(a.pk);
  }

  @FieldResolver(() => [Category], {
    description: 'The survey categories it is listed under (more than one when re-listed); empty outside the survey.',
  })
  async categories(@Root() a: AgreementRead, @Ctx() ctx: Context) {
    const listings = await ctx.loaders.listingsByAgreement.load(a.pk);
    return Promise.all([...new Set(listings.map((l) => l.categoryCode))].map((code) => categoryOf(ctx, code)));
  }

  @FieldResolver(() => [Activity], {
    description: 'What was done under it (提携後の取組内容), one item per activity, as its first sheet lists them.',
  })
  activities(@Root() a: AgreementRead, @Ctx() ctx: Context) {
    return ctx.loaders.activitiesByAgreement.load(a.pk);
  }

  @FieldResolver(() => [SourceRef], {
    description:
      'Every place a source mentions this agreement: its first sheet (`source`), each re-listing’s sheet, and other documents’ passages.',
  })
  async sources(@Root() a: AgreementRead, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.sourcesByAgreement.load(a.pk);
    return rows.map((r) => new SourceRef(r.document, r.line));
  }

  @FieldResolver(() => [Contact], { description: 'Whom to ask about it (問い合わせ先): the departments its first sheet names.' })
  contacts(@Root() a: AgreementRead, @Ctx() ctx: Context) {
    return ctx.loaders.contactsByAgreement.load(a.pk);
  }
}
