import { registerEnumType } from 'type-graphql';

/** Sort direction of an `orderBy`. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Which way an orderBy sorts.',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest, earliest or first in collation first.' },
    DESC: { description: 'Descending: largest, latest or last in collation first.' },
  },
});

/** Japanese-aware, deterministic string order (Intl collation for ja). */
export const japaneseCollator = new Intl.Collator('ja');
