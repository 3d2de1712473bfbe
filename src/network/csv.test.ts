import { parse } from 'csv-parse/sync';
import { CSV_CELL_RULE, csvCell, csvFile, type CsvColumn } from './csv';

const text: CsvColumn = { name: 'label', type: 'text' };
const number: CsvColumn = { name: 'lng', type: 'number' };

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://example.com","click")', `"'=HYPERLINK(""http://example.com"",""click"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('a text cell %j is written %s: a spreadsheet shows it as text', (value, written) => {
    expect(csvCell(value, text)).toBe(written);
  });

  it('leaves other text alone, quoting only what CSV needs quoted', () => {
    expect(csvCell('札幌市', text)).toBe('札幌市');
    expect(csvCell('a=b', text)).toBe('a=b');
    expect(csvCell('Seoul, Korea', text)).toBe('"Seoul, Korea"');
    expect(csvCell('say "hi"', text)).toBe('"say ""hi"""');
    expect(csvCell('011002', text)).toBe('011002');
    expect(csvCell(null, text)).toBe('');
  });

  it('decides by the column, not the value: numbers and dates stay what they are, "-1" as text is neutralised', () => {
    expect(csvCell(-122.6762, number)).toBe('-122.6762');
    expect(csvCell(-1, number)).toBe('-1');
    expect(csvCell('-1', text)).toBe(`"'-1"`);
    expect(csvCell('2012-03-31', { name: 'signedOn', type: 'date' })).toBe('2012-03-31');
    expect(csvCell(false, { name: 'multilateral', type: 'boolean' })).toBe('false');
  });

  it('refuses a value its column cannot hold, rather than write a formula into a number column', () => {
    expect(() => csvCell('=1+1', number)).toThrow('CSV column lng (number): "=1+1" is not a number');
    expect(() => csvCell(Number.NaN, number)).toThrow(/is not a number/);
    expect(() => csvCell('=TODAY()', { name: 'signedOn', type: 'date' })).toThrow(/is not a date/);
    expect(() => csvCell('true', { name: 'multilateral', type: 'boolean' })).toThrow(/is not a boolean/);
  });
});

describe('CSV files', () => {
  it('state the rule in a comment line, and read back to the same values with the apostrophe in front', () => {
    const columns: CsvColumn[] = [text, number];
    const file = csvFile(['made by a test'], columns, [
      ['=1+1', -70.25],
      ['Portland, Oregon', 45.5],
    ]);
    expect(file.split('\r\n').slice(0, 2)).toEqual(['# made by a test', `# ${CSV_CELL_RULE}`]);
    expect(CSV_CELL_RULE).not.toContain(',');
    expect(parse(file, { comment: '#', columns: true })).toEqual([
      { label: "'=1+1", lng: '-70.25' },
      { label: 'Portland, Oregon', lng: '45.5' },
    ]);
    expect(() => csvFile([], columns, [['one cell']])).toThrow('CSV row of 1 cells for 2 columns');
  });
});
