import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Activity } from '../activity/activity.entity';
import { Category } from '../category/category.entity';
import { Contact } from '../contact/contact.entity';
import { Listing } from '../listing/listing.entity';
import { ConnectionArgs } from '../../graphql/connection';
import { AgreementFilter } from './agreement-filter.input';
import { AgreementOrder, orderAgreements } from './agreement-order';
import { AgreementParty } from './agreement-party.entity';
import { AgreementConnection } from './agreement.connection';
import { Agreement } from './agreement.entity';
import { agreementPage } from './agreement-page';
import { findAgreements } from './agreement.queries';
import { SourceRef } from '../shared/source-ref';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: 'Agreements matching a filter, in source order unless orderBy says otherwise.' })
  async agreements(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter?: AgreementFilter,
    @Arg('orderBy', () => AgreementOrder, { nullable: true, description: 'Source order if not given.' }) orderBy?: AgreementOrder,
  ) {
    return agreementPage(ctx, orderAgreements(await findAgreements(ctx.em, filter), orderBy), page);
  }

  @FieldResolver(() => [AgreementParty])
  parties(@Root() a: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.partiesByAgreement.load(a.pk);
  }

  @FieldResolver(() => [Listing], {
    description: 'Every listing of this agreement: the first, and each re-listing (【再掲】) under another category.',
  })
  listings(@Root() a: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.listingsByAgreement.load(a.pk);
  }

  @FieldResolver(() => [Category])
  async categories(@Root() a: Agreement, @Ctx() ctx: Context) {
    const listings = await ctx.loaders.listingsByAgreement.load(a.pk);
    const codes = [...new Set(listings.map((l) => l.category.code))];
    return ctx.loaders.category.loadMany(codes);
  }

  @FieldResolver(() => [Activity], { description: '(4) 取組内容, one item per activity.' })
  activities(@Root() a: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.activitiesByAgreement.load(a.pk);
  }

  @FieldResolver(() => [SourceRef], {
    description:
      'Every place a source mentions this agreement: its first sheet (`source`), each re-listing’s sheet, and other documents’ passages.',
  })
  async sources(@Root() a: Agreement, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.sourcesByAgreement.load(a.pk);
    return rows.map((r) => new SourceRef(r.document, r.line));
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() a: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.contactsByAgreement.load(a.pk);
  }
}
