import { Entity, Index, ManyToOne, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Agreement } from './agreement.entity';

/**
 * One place a source mentions an agreement: its first sheet, each re-listing's sheet, and
 * every passage of another document recorded `sameAs` it. Served as `Agreement.sources`,
 * searched by `AgreementFilter.sources`.
 */
@Entity({ tableName: 'agreement_source' })
@Index({ properties: ['document'] })
export class AgreementSource {
  [OptionalProps]?: 'pk' | 'agreementPk';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  pk!: number;

  @ManyToOne(() => Agreement, { index: true })
  agreement!: Agreement;

  /** The agreement's primary key, without loading it (also set on rows read for responses). */
  @Property({ fieldName: 'agreement_pk', persist: false })
  agreementPk!: number;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string' })
  document!: string;

  @Property({ type: 'integer' })
  line!: number;
}
