/** The listing module's reads for responses (src/db/sql-reader.ts). */
import { jsonColumn, type Row } from '../../db/row-shape';
import type { ChildList, SqlReader } from '../../db/sql-reader';
import type { Sheet } from '../sheet/sheet.types';
import { Listing } from './listing.entity';

/** A listing as read for a response: its columns and foreign keys. */
export type ListingRow = Row<Listing, 'agreement' | 'category'>;

/**
 * A listing's sheet, the largest column of the database (the whole detail sheet as JSON), is read
 * on its own, by `Listing.sheet`, when a response shows it: listings are read without it.
 */
const WITHOUT_SHEET = ['sheet'] as const;

export const listingsByKey = (db: SqlReader, keys: readonly string[]) =>
  db.entities<ListingRow>(Listing, `where ${db.oneOf('t.key')}`, [db.list(keys)], WITHOUT_SHEET);

/** An agreement's listings, by category and number (without their sheets). */
export const LISTINGS_OF_AGREEMENT: ChildList<ListingRow> = {
  entity: Listing,
  parent: 'agreement_pk',
  orderBy: ['categoryCode', 'number'],
  omit: WITHOUT_SHEET,
};

/** The sheets of some listings, by primary key. */
export async function sheetsOfListings(db: SqlReader, pks: readonly number[]): Promise<Array<{ pk: number; sheet: Sheet }>> {
  const rows = await db.all<{ pk: number; sheet: Sheet | string }>(
    `select t.pk as pk, t.sheet as sheet from listing t where ${db.oneOf('t.pk')}`,
    [db.list(pks)],
  );
  return rows.map((r) => ({ pk: Number(r.pk), sheet: jsonColumn(r.sheet) as Sheet }));
}

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
