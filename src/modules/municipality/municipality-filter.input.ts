import { Field, InputType } from 'type-graphql';
import { MunicipalityKind } from './municipality-kind';

@InputType()
export class MunicipalityFilter {
  @Field(() => String, { nullable: true, description: 'Exact match on name or fullName.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. JP, CN, KR.' })
  country?: string | null;

  @Field(() => MunicipalityKind, { nullable: true })
  kind?: MunicipalityKind | null;
}
