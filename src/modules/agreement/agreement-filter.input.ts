import { Field, ID, InputType, Int } from 'type-graphql';
import { AgreementKind } from './agreement-kind';

/** Conditions on agreements; all given conditions must hold. */
@InputType()
export class AgreementFilter {
  @Field(() => [Int], { nullable: true, description: 'Listed under any of these categories (1–9).' })
  categoryCodes?: number[] | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-1 alpha-2 of any party's country." })
  countries?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "A prefecture's name or id: its own agreements and those of every municipality under it.",
  })
  prefecture?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Agreements that this municipality (or organisation) is a party to, or a municipality that merged into it.',
  })
  municipality?: string | null;

  @Field(() => Boolean, { nullable: true })
  multilateral?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Inclusive bounds, YYYY, YYYY-MM or YYYY-MM-DD.' })
  signedFrom?: string | null;

  @Field(() => String, { nullable: true })
  signedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Japanese full-text search over title, background, activities, outcomes and party names.',
  })
  search?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Source documents (SourceRef.document): agreements that any of them mentions (`Agreement.sources`, not only the primary `source`), e.g. ["004_e59d51f378d5a747.txt"] for the CLAIR survey.',
  })
  sources?: string[] | null;

  @Field(() => [AgreementKind], { nullable: true, description: 'Kinds of tie.' })
  kinds?: AgreementKind[] | null;
}
