/**
 * Reading the reference files (CSV from open data, TSV curated here) row by row with
 * the line each row starts on, so that every error names the file and the line.
 */
import { readFileSync } from 'fs';
import { relative } from 'path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../project-root';

/** A reference file that is wrong: the message names file and line. */
export class ReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceError';
  }
}

export interface Row {
  /** The file, relative to the project root (seeds/reference/…). */
  file: string;
  /** 1-based line the row starts on. */
  line: number;
  cells: Record<string, string>;
}

/** Throw naming the row's file and line. */
export function failAt(row: { file: string; line: number }, problem: string): never {
  throw new ReferenceError(`${row.file} line ${row.line}: ${problem}`);
}

/** Rows of a CSV or TSV file with a header; lines starting with # in a TSV are comments. */
export function readRows(path: string, delimiter: ',' | '\t', required: readonly string[]): Row[] {
  const file = relative(PROJECT_ROOT, path);
  const records = parse<{ record: Record<string, string>; info: { lines: number } }>(readFileSync(path, 'utf8'), {
    bom: true,
    columns: true,
    delimiter,
    info: true,
    comment: delimiter === '\t' ? '#' : undefined,
    comment_no_infix: true,
    quote: delimiter === '\t' ? false : '"',
    relax_column_count: false,
    skip_empty_lines: true,
  });
  const rows = records.map(({ record, info }) => ({ file, line: info.lines, cells: record }));
  const header = Object.keys(rows[0]?.cells ?? {});
  for (const column of required) {
    if (!header.includes(column)) throw new ReferenceError(`${file} line 1: no column "${column}" (has ${header.join(', ')})`);
  }
  return rows;
}
