/** The country module's reads for responses: countries come from the reference data; this serves a re-import not yet noticed. */
import type { SqlReader } from '../../db/sql-reader';
import type { Context } from '../../graphql/context';
import { Country } from './country.entity';

export const countriesByCode = (db: SqlReader, codes: readonly string[]) =>
  db.entities(Country, `where ${db.oneOf('t.code')}`, [db.list(codes)]);

/** A country by code: from the reference data, or from the database when the data changed since it was read. */
export function countryOf(ctx: Context, code: string): Country | Promise<Country | null> {
  return ctx.reference.country(code) ?? ctx.loaders.country.load(code);
}
