import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which normalised dataset the database holds, so a second start loads nothing again. */
@Entity({ tableName: 'dataset_meta' })
export class DatasetMeta {
  @PrimaryKey({ type: 'string' })
  name!: string;

  /** SHA-256 of the seed file that was loaded. */
  @Property({ type: 'string' })
  checksum!: string;

  @Property({ type: 'datetime' })
  loadedAt!: Date;
}
