import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Municipality } from '../municipality/municipality.entity';
import { municipalityOf } from '../municipality/municipality.queries';
import { AgreementParty } from './agreement-party.entity';
import type { AgreementPartyRow } from './agreement.queries';

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Municipality, { description: 'The party: a municipality, a foreign place or an organisation.' })
  municipality(@Root() p: AgreementPartyRow, @Ctx() ctx: Context) {
    return municipalityOf(ctx, p.municipalityPk);
  }
}
