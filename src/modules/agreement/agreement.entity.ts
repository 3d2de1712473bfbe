import { Collection, Embedded, Entity, Index, OneToMany, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../shared/global-id';
import { KeyedNode } from '../shared/keyed-node';
import { Node } from '../shared/node';
import { SourceRef } from '../shared/source-ref';
import { AgreementParty } from './agreement-party.entity';
import { AgreementKind } from './agreement-kind';
import { PartialDate } from './partial-date';
import { DatedEvent, Link } from '../sheet/sheet.types';

/** An agreement between two or more parties; listed once or more in the survey's categories. */
@Entity({ tableName: 'agreement' })
@ObjectType({ implements: Node })
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
  @Field()
  title!: string;

  @Index()
  @Property({ type: 'string' })
  @Field(() => AgreementKind, { description: "The kind of tie; FIELD_AGREEMENT for the CLAIR survey's field-specific agreements." })
  kind!: AgreementKind;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'The kind of document the title names: 協定, 覚書, 合意書, 提携 …' })
  titleKind?: string | null;

  @Embedded(() => PartialDate, { nullable: true, prefix: 'signed_' })
  @Field(() => PartialDate, { nullable: true })
  signedOn?: PartialDate | null;

  @Property({ type: 'json' })
  @Field(() => [DatedEvent], {
    description: 'Every date of the first sheet’s (2) (2.5: signed 2001, signed again 2006), or of the curated passage.',
  })
  events!: DatedEvent[];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '(3) 経緯' })
  background?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '(5) 成果: the part marked 【成果】, or the whole field where nothing is marked.' })
  outcomes?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: '(5) 課題: the part marked 【課題】/【課題等】.' })
  challenges?: string | null;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Every URL of (6), in the order written.' })
  urls!: string[];

  @Property({ type: 'json' })
  @Field(() => [Link], { description: 'Every URL of (6) with the caption the sheet writes beside it.' })
  links!: Link[];

  @Field(() => String, { nullable: true, description: 'The first URL of (6).' })
  get url(): string | null {
    return this.urls[0] ?? null;
  }

  @Property({ type: 'boolean' })
  @Field({ description: 'More than two parties.' })
  multilateral!: boolean;

  @Embedded(() => SourceRef, { prefix: 'source_' })
  @Field(() => SourceRef, { description: 'The primary source: the first sheet, or the curated passage. Every mention is in `sources`.' })
  source!: SourceRef;

  @OneToMany(() => AgreementParty, (p) => p.agreement)
  parties = new Collection<AgreementParty>(this);
}
