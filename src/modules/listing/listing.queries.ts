/** The listing module's reads for responses (src/db/sql-reader.ts). */
import type { Row } from '../../db/row-shape';
import type { ChildList, SqlReader } from '../../db/sql-reader';
import { Listing } from './listing.entity';

/** A listing as read for a response: its columns and foreign keys. */
export type ListingRow = Row<Listing, 'agreement' | 'category'>;

export const listingsByKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<ListingRow>(Listing, `where ${db.oneOf('t.key')}`, [db.list(keys)]);

/** An agreement's listings, by category and number. */
export const LISTINGS_OF_AGREEMENT: ChildList<ListingRow> = {
  entity: Listing,
  parent: 'agreement_pk',
  orderBy: ['categoryCode', 'number'],
};

/** The keys of each category's listings, by number, without the listings: a page loads only its own. */
export async function listingKeysOfCategories(db: SqlReader, codes: readonly number[]): Promise<Map<number, string[]>> {
  const rows = await db.all<{ category: number; key: string }>(
    `select t.category_code as "category", t.key as "key" from listing t where ${db.oneOf('t.category_code')} order by t.number, t.pk`,
    [db.list(codes)],
  );
  const byCategory = new Map<number, string[]>(codes.map((c) => [c, []]));
  for (const row of rows) byCategory.get(row.category)!.push(row.key);
  return byCategory;
}
