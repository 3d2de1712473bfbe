import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { askedFor, loadAgreements } from '../agreement/load-agreements';
import type { Context } from '../../graphql/context';
import { Agreement } from '../agreement/agreement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { municipalityOf } from '../municipality/municipality.queries';
import { Contact } from './contact.entity';
import type { ContactRow } from './contact.queries';

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement it is the contact for.' })
  async agreement(@Root() c: ContactRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [agreement] = await loadAgreements(ctx, [c.agreementPk], askedFor(info, [[]]));
    return agreement;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The party this contact speaks for, where the sheet tells.' })
  municipality(@Root() c: ContactRow, @Ctx() ctx: Context) {
    return c.municipalityPk == null ? null : municipalityOf(ctx, c.municipalityPk);
  }
}
