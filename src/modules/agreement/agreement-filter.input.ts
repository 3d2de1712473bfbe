import { Field, ID, InputType, Int } from 'type-graphql';
import type { BooleanFilter } from '../../db/filter-tree';
import { AgreementKind } from './agreement-kind';

/**
 * Conditions on agreements. The fields given all hold (AND), together with `and`, `or` and `not`,
 * which nest; the tree is one SQL statement (src/db/filter-tree.ts says what each operator means).
 */
@InputType({
  description: `Conditions on agreements: every field given must hold, and so must \`and\`, \`or\` and \`not\`, which nest (\`or: [{ countries: ["CN"] }, { countries: ["KR"] }]\`). \`and: []\` matches every agreement, \`or: []\` none, \`not: {}\` none. Each nested filter adds to the query's cost the rows its subquery may read (the number of agreements or municipalities, whichever is larger), and a tree may nest as deep as the depth limit.`,
})
export class AgreementFilter implements BooleanFilter<AgreementFilter> {
  @Field(() => [Int], { nullable: true, description: 'Listed under any of these categories (1–9).' })
  categoryCodes?: number[] | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-1 alpha-2 of any party's country." })
  countries?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A prefecture's name in any script (北海道, Hokkaido, ほっかいどう) or any municipality's id: its own agreements and those of every municipality under it.",
  })
  prefecture?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Agreements that this municipality (or organisation) is a party to, or a municipality that merged into it.',
  })
  municipality?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: more than two parties; false: two.' })
  multilateral?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Signed on or after this date: YYYY, YYYY-MM or YYYY-MM-DD, compared on the parts both know (2004 holds for 2004-06). Undated agreements never match.',
  })
  signedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Signed on or before this date: YYYY, YYYY-MM or YYYY-MM-DD, compared on the parts both know (signedTo: "2005" is the network as of 2005). Undated agreements never match.',
  })
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

  @Field(() => [AgreementFilter], { nullable: true, description: 'Every one of these filters holds; `[]` always holds.' })
  and?: AgreementFilter[] | null;

  @Field(() => [AgreementFilter], { nullable: true, description: 'At least one of these filters holds; `[]` never holds.' })
  or?: AgreementFilter[] | null;

  @Field(() => AgreementFilter, {
    nullable: true,
    description: 'This filter does not hold: its exact complement, undated agreements included when it asks about dates; `{}` never holds.',
  })
  not?: AgreementFilter | null;
}
