/**
 * CSV as every export writes it (RFC 4180, CRLF), safe to open in a spreadsheet: a text cell
 * that begins with =, +, -, @, a tab or a carriage return would be run as a formula by Excel,
 * LibreOffice or Google Sheets (CSV injection), so it is written as OWASP advises: an
 * apostrophe before it and the cell quoted ('=HYPERLINK(…) shows as text). What is neutralised
 * is decided by the column's type, not by the value: a number column keeps -122.27 a number,
 * a date column keeps 2012-03-31 a date, and a text column neutralises "-1" as it does "=1".
 */

/** How a column's cells are written: text is neutralised; numbers, booleans and dates are checked and written as they are. */
export type CsvColumnType = 'text' | 'number' | 'boolean' | 'date';

export interface CsvColumn {
  name: string;
  type: CsvColumnType;
}

/** The rule, as the header comment of every CSV file states it (without commas: a spreadsheet splits comment lines into cells too). */
export const CSV_CELL_RULE =
  "Text cells that begin with = + - @ tab or carriage return start with an apostrophe (') so that spreadsheets show them as text; number columns (weight start lat lng year and the node figures) are plain numbers and negative ones stay numbers.";

const FORMULA_START = /^[=+\-@\t\r]/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One cell of a column of `type`; null, undefined and '' are an empty cell. Throws on a value the column's type does not allow. */
export function csvCell(value: unknown, column: CsvColumn): string {
  if (value == null || value === '') return '';
  const fail = (): never => {
    throw new TypeError(`CSV column ${column.name} (${column.type}): ${JSON.stringify(value)} is not a ${column.type}`);
  };
  switch (column.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : fail();
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : fail();
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) ? value : fail();
    case 'text': {
      const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fail();
      if (FORMULA_START.test(s)) return quoted(`'${s}`);
      return /[",\n\r]/.test(s) ? quoted(s) : s;
    }
  }
}

/**
 * A CSV file: `comments` as lines starting with "#" (pandas: comment='#'; R: comment.char='#'),
 * the rule above the last of them, then the header row and one row per record. Comment lines
 * are the project's own text (provenance, citation); the one part a client gives, the filter,
 * comes URL-encoded, so no comma in them starts a cell with a formula.
 */
export function csvFile(comments: string[], columns: CsvColumn[], rows: unknown[][]): string {
  const header = columns.map((c) => csvCell(c.name, { name: 'header', type: 'text' })).join(',');
  const lines = rows.map((row) => {
    if (row.length !== columns.length) throw new Error(`CSV row of ${row.length} cells for ${columns.length} columns`);
    return row.map((v, i) => csvCell(v, columns[i])).join(',');
  });
  return [...[...comments, CSV_CELL_RULE].map((l) => `# ${l}`), header, ...lines].join('\r\n') + '\r\n';
}
