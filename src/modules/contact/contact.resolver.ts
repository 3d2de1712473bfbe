import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pkOf } from '../../graphql/loaders';
import { Agreement } from '../agreement/agreement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Contact } from './contact.entity';

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Agreement, { description: 'The agreement it is the contact for.' })
  agreement(@Root() c: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.agreement.load(pkOf(c.agreement)!);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The party this contact speaks for, where the sheet tells.' })
  municipality(@Root() c: Contact, @Ctx() ctx: Context) {
    const pk = pkOf(c.municipality);
    return pk == null ? null : ctx.loaders.municipality.load(pk);
  }
}
