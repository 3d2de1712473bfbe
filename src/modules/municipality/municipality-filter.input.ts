import { Field, InputType } from 'type-graphql';
import { MunicipalityKind } from './municipality-kind';

@InputType()
export class MunicipalityFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'A whole name it is known by: name or fullName (札幌市, 北海道札幌市), English (Sapporo), romanised (Sapporo-shi) or kana with or without its suffix (さっぽろし, さっぽろ). Case, macrons and katakana/hiragana do not matter.',
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. JP, CN, KR.' })
  country?: string | null;

  @Field(() => MunicipalityKind, { nullable: true })
  kind?: MunicipalityKind | null;
}
