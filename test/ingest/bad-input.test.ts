/** The parser refuses bad source text, naming the line and the field. */
import { readFileSync } from 'fs';
import { buildDataset } from '../../src/ingest/dataset';
import { parseDecisions } from '../../src/ingest/decisions';
import { defaultPaths, SOURCE_DOCUMENT } from '../../src/ingest/run-ingest';

const paths = defaultPaths();
const source = readFileSync(paths.source, 'utf8');
const decisions = parseDecisions(JSON.parse(readFileSync(paths.decisions, 'utf8')));
const lines = source.split('\n');
const build = (text: string) => () => buildDataset(text, SOURCE_DOCUMENT, decisions);
/** The source with line `n` (1-based) replaced. */
const withLine = (n: number, text: string) => lines.map((l, i) => (i === n - 1 ? text : l)).join('\n');

describe('bad source text', () => {
  it('a truncated file', () => {
    expect(build(lines.slice(0, 3000).join('\n'))).toThrow(/the table of contents lists 175 listings, the document has \d+ sheets/);
  });

  it('a sheet with a missing field', () => {
    expect(lines[385 - 1]).toBe('(2) 提携年月日');
    expect(build(withLine(385, ''))).toThrow(/line 378: sheet 1\.1 has no field \(2\) 提携年月日/);
  });

  it('a duplicate listing number', () => {
    expect(lines[413 - 1]).toMatch(/^2\. 日本国栃木県岩舟町/);
    expect(build(withLine(413, lines[413 - 1].replace(/^2\./, '1.')))).toThrow(
      /line 413: listing 1\.1 is numbered twice \(also line 378\)/,
    );
  });

  it('a date that cannot be read', () => {
    expect(lines[387 - 1]).toBe('平成16（2004）年12月24日');
    expect(build(withLine(387, '平成16（2004）年13月24日'))).toThrow(/line 387, \(2\) 提携年月日 of sheet 1\.1: impossible month 13/);
    expect(build(withLine(387, 'そのうち'))).toThrow(/line 387, \(2\) 提携年月日 of sheet 1\.1: cannot read the date "そのうち"/);
  });

  it('a file that is not the survey at all', () => {
    expect(build('hello')).toThrow(/line 1: no "4 調査結果" section/);
  });
});
