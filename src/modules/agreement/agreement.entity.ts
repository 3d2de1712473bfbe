import { Collection, Embedded, Entity, Index, OneToMany, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../shared/global-id';
import { KeyedNode } from '../shared/keyed-node';
import { Node } from '../shared/node';
import { SourceRef } from '../shared/source-ref';
import { AgreementParty } from './agreement-party.entity';
import { AgreementKind } from './agreement-kind';
import { PartialDate } from './partial-date';
import { ActivityNote, DatedEvent, Link } from '../sheet/sheet.types';

/** An agreement between two or more parties; listed once or more in the survey's categories. */
@Entity({ tableName: 'agreement' })
@ObjectType({
  implements: Node,
  description:
    'An agreement (提携・協定) between two or more parties: what it is, when it was signed, why, what was done under it and what came of it, word for word from the source. The CLAIR 2012 survey may list one agreement under several categories (listings).',
})
export class Agreement extends KeyedNode {
  [OptionalProps]?: 'pk' | 'id' | 'source' | 'signedOn' | 'url' | 'formerIds';

  /** The key it had before keys were stable ("clair2012:<line>"): `node(id:)` still resolves ids built from it. */
  @Index()
  @Property({ type: 'string', nullable: true })
  formerKey?: string | null;

  @Field(() => [ID], {
    description: 'Ids this agreement had before (built from the line of its first sheet); `node(id:)` still resolves them.',
  })
  get formerIds(): string[] {
    return this.formerKey ? [toGlobalId('Agreement', this.formerKey)] : [];
  }

  @Property({ type: 'text' })
  @Field({ description: 'The agreement’s title as its first sheet writes it (青森市・大連市経済文化交流委員会設置に関する協定).' })
  title!: string;

  @Index()
  @Property({ type: 'string' })
  @Field(() => AgreementKind, { description: "The kind of tie; FIELD_AGREEMENT for the CLAIR survey's field-specific agreements." })
  kind!: AgreementKind;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'The kind of document the title names: 協定, 覚書, 合意書, 提携 …' })
  titleKind?: string | null;

  @Embedded(() => PartialDate, { nullable: true, prefix: 'signed_' })
  @Field(() => PartialDate, {
    nullable: true,
    description: 'When it was signed (提携年月日): the first date the sheet gives, known to the year, month or day; null when undated.',
  })
  signedOn?: PartialDate | null;

  @Property({ type: 'json' })
  @Field(() => [DatedEvent], {
    description:
      'Every date the first sheet gives under its date of tie-up (提携年月日), or the curated passage gives: a signing, a re-signing, an update (listing 2.5: signed 2001, signed again 2006).',
  })
  events!: DatedEvent[];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Background (提携に至った経緯): how the tie came about, as the first sheet states it.',
  })
  background?: string | null;

  // A default, so that a database made before the column existed can add it (SQLite refuses a NOT NULL column without one).
  @Property({ type: 'json', defaultRaw: `'[]'` })
  @Field(() => [ActivityNote], {
    description:
      'Remarks the first sheet makes on its list of what was done as a whole (※以下、予定を含む: what follows includes plans), not items of it.',
  })
  activityNotes!: ActivityNote[];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Outcomes (成果) as the first sheet states them: the part of its results-and-issues field marked 【成果】, or the whole field where nothing is marked.',
  })
  outcomes?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Challenges (課題) as the first sheet states them: the part of its results-and-issues field marked 【課題】 or 【課題等】.',
  })
  challenges?: string | null;

  @Property({ type: 'json' })
  @Field(() => [String], {
    description: 'Every web address the first sheet gives for the activities (取組を紹介しているホームページのURL), in the order written.',
  })
  urls!: string[];

  @Property({ type: 'json' })
  @Field(() => [Link], { description: 'Every web address the first sheet gives, with the caption it writes beside it.' })
  links!: Link[];

  @Field(() => String, { nullable: true, description: 'The first web address of urls; null when there is none.' })
  get url(): string | null {
    return this.urls[0] ?? null;
  }

  @Property({ type: 'boolean' })
  @Field({ description: 'More than two parties (a multilateral agreement).' })
  multilateral!: boolean;

  @Embedded(() => SourceRef, { prefix: 'source_' })
  @Field(() => SourceRef, { description: 'The primary source: the first sheet, or the curated passage. Every mention is in `sources`.' })
  source!: SourceRef;

  @OneToMany(() => AgreementParty, (p) => p.agreement)
  parties = new Collection<AgreementParty>(this);
}
