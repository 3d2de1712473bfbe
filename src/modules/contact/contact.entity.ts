import { Entity, ManyToOne, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Agreement } from '../agreement/agreement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { KeyedNode } from '../shared/keyed-node';
import { Node } from '../shared/node';

/** A (7) 問い合わせ先 entry: the department to ask about an agreement. Key: the agreement's key and the position, "clair2012:1.1#0". */
@Entity({ tableName: 'contact' })
@ObjectType({
  implements: Node,
  description: 'Whom to ask about an agreement (問い合わせ先): a department of a party, with its phone and email as the sheet gives them.',
})
export class Contact extends KeyedNode {
  [OptionalProps]?: 'pk' | 'id' | 'agreementPk' | 'municipalityPk';

  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  /** The agreement's primary key, without loading it (also set on rows read for responses). */
  @Property({ fieldName: 'agreement_pk', persist: false })
  agreementPk!: number;

  @ManyToOne(() => Municipality, { nullable: true, index: true })
  municipality?: Municipality | null;

  @Property({ fieldName: 'municipality_pk', persist: false, nullable: true })
  municipalityPk?: number | null;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The department in charge (担当部署名), as written.' })
  department?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone number (電話番号), as written.' })
  phone?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone extension (内線), as written.' })
  extension?: string | null;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'Email address (電子メール), as written.' })
  email?: string | null;
}
