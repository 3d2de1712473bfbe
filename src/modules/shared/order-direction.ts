import { registerEnumType } from 'type-graphql';

/** Sort direction of an `orderBy`. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, { name: 'OrderDirection' });

/** Japanese-aware, deterministic string order (Intl collation for ja). */
export const japaneseCollator = new Intl.Collator('ja');
