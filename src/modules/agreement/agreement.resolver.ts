import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
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
import { findAgreements, PARTIES_OF_AGREEMENT, SOURCES_OF_AGREEMENT } from './agreement.queries';
import { listOf, type AgreementNode } from './load-agreements';
import { ACTIVITIES_OF_AGREEMENT } from '../activity/activity.queries';
import { CONTACTS_OF_AGREEMENT } from '../contact/contact.queries';
import { LISTINGS_OF_AGREEMENT } from '../listing/listing.queries';
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
    @Info() info?: GraphQLResolveInfo,
  ) {
    return agreementPage(ctx, orderAgreements(await findAgreements(ctx.em, filter), orderBy), page, info!);
  }

  @FieldResolver(() => [AgreementParty], {
    description: 'Its parties, in the order the source names them (a survey sheet names the Japanese ones first).',
  })
  parties(@Root() a: AgreementNode, @Ctx() ctx: Context) {
    return listOf(ctx, a, PARTIES_OF_AGREEMENT);
  }

  @FieldResolver(() => [Listing], {
    description: 'Every listing of this agreement: the first, and each re-listing (【再掲】) under another category.',
  })
  listings(@Root() a: AgreementNode, @Ctx() ctx: Context) {
    return listOf(ctx, a, LISTINGS_OF_AGREEMENT);
  }

  @FieldResolver(() => [Category], {
    description: 'The survey categories it is listed under (more than one when re-listed); empty outside the survey.',
  })
  async categories(@Root() a: AgreementNode, @Ctx() ctx: Context) {
    const listings = await listOf(ctx, a, LISTINGS_OF_AGREEMENT);
    return Promise.all([...new Set(listings.map((l) => l.categoryCode))].map(async (code) => categoryOf(ctx, code)));
  }

  @FieldResolver(() => [Activity], {
    description: 'What was done under it (提携後の取組内容), one item per activity, as its first sheet lists them.',
  })
  activities(@Root() a: AgreementNode, @Ctx() ctx: Context) {
    return listOf(ctx, a, ACTIVITIES_OF_AGREEMENT);
  }

  @FieldResolver(() => [SourceRef], {
    description:
      'Every place a source mentions this agreement: its first sheet (`source`), each re-listing’s sheet, and other documents’ passages.',
  })
  async sources(@Root() a: AgreementNode, @Ctx() ctx: Context) {
    const rows = await listOf(ctx, a, SOURCES_OF_AGREEMENT);
    return rows.map((r) => new SourceRef(r.document, r.line));
  }

  @FieldResolver(() => [Contact], { description: 'Whom to ask about it (問い合わせ先): the departments its first sheet names.' })
  contacts(@Root() a: AgreementNode, @Ctx() ctx: Context) {
    return listOf(ctx, a, CONTACTS_OF_AGREEMENT);
  }
}
