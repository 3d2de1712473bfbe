/** The category module's reads for responses: categories come from the reference data; this serves a re-import not yet noticed. */
import type { SqlReader } from '../../db/sql-reader';
import type { Context } from '../../graphql/context';
import { Category } from './category.entity';

export const categoriesByCode = (db: SqlReader, codes: readonly number[]) =>
  db.entities(Category, `where ${db.oneOf('t.code')}`, [db.list(codes)]);

/** A category by code: from the reference data, or from the database when the data changed since it was read. */
export function categoryOf(ctx: Context, code: number): Category | Promise<Category | null> {
  return ctx.reference.category(code) ?? ctx.loaders.category.load(code);
}
