import { Entity, Enum, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity';
import { Agreement } from './agreement.entity';
import { PartySide } from './party-side';

/** One party of an agreement, with its side and the name as the sheet wrote it. */
@Entity({ tableName: 'agreement_party' })
@ObjectType({ description: 'One party of an agreement: who it is, on which side, and its name as the sheet writes it.' })
export class AgreementParty {
  [OptionalProps]?: 'pk' | 'agreementPk' | 'municipalityPk';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  /** The agreement's primary key, without loading it (also set on rows read for responses). */
  @Property({ fieldName: 'agreement_pk', persist: false })
  agreementPk!: number;

  @ManyToOne(() => Municipality, { index: true })
  municipality!: Municipality;

  @Property({ fieldName: 'municipality_pk', persist: false })
  municipalityPk!: number;

  @Enum({ items: () => PartySide })
  @Field(() => PartySide, { description: 'Japanese party or party abroad.' })
  side!: PartySide;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Order on the sheet, from 0.' })
  position!: number;

  @Property({ type: 'text' })
  @Field({ description: "The party's name as the sheet writes it." })
  written!: string;
}
