import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { pkOf } from '../../graphql/loaders';
import { Municipality } from '../municipality/municipality.entity';
import { AgreementParty } from './agreement-party.entity';

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Municipality, { description: 'The party: a municipality, a foreign place or an organisation.' })
  municipality(@Root() p: AgreementParty, @Ctx() ctx: Context) {
    return ctx.loaders.municipality.load(pkOf(p.municipality)!);
  }
}
