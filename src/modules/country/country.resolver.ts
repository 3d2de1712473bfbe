import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Country } from './country.entity';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'Every country with a party, by code.' })
  countries(@Ctx() ctx: Context) {
    return ctx.reference.countries;
  }
}
