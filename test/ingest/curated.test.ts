/** The curated files of the other four documents: lines that hold what they say, and one graph across sources. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readCurated } from '../../src/ingest/curated';
import { defaultPaths, ingest } from '../../src/ingest/run-ingest';

/** The part of a curated file (seeds/curated/*.json) this test reads. */
type CuratedFile = { document: string; agreements: Array<{ parties: Array<{ line: number; written: string }> }> };

const paths = defaultPaths();
const { dataset } = ingest(paths);
const sourceDir = join(paths.source, '..');

describe('curated documents', () => {
  it('records, for every party and date, a line that holds it (checked when the files are read)', () => {
    const curated = readCurated(paths.curated, sourceDir);
    expect(curated.agreements.length).toBeGreaterThanOrEqual(20);
    // An independent check of the same promise, straight on the files: every party's written name is on its line or the next two.
    for (const file of readdirSync(paths.curated).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(paths.curated, file), 'utf8')) as CuratedFile;
      const lines = readFileSync(join(sourceDir, data.document), 'utf8').split('\n');
      for (const a of data.agreements) {
        for (const p of a.parties) {
          const window = lines
            .slice(p.line - 1, p.line + 2)
            .join('')
            .normalize('NFKC')
            .replace(/\s+/g, '');
          expect(`${file}:${p.line} ${window.includes(p.written.normalize('NFKC').replace(/\s+/g, ''))}`).toBe(`${file}:${p.line} true`);
        }
      }
    }
  });

  it('refuses a record whose line does not hold the party', () => {
    const bad = {
      document: '003_0c90d4750b6046d5.txt',
      agreements: [
        {
          line: 2313,
          kind: 'SISTER_CITY',
          title: 'x',
          parties: [
            { name: '群馬県川場村', written: '群馬県川場村', side: 'DOMESTIC', line: 2313 },
            { name: '東京都新宿区', written: '東京都新宿区', side: 'DOMESTIC', line: 2313 },
          ],
        },
      ],
    };
    const dir = mkdtempSync(join(tmpdir(), 'curated-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    expect(() => readCurated(dir, sourceDir)).toThrow(
      /003_0c90d4750b6046d5\.txt line 2313\): "東京都新宿区" is not on this line or the next two/,
    );
  });

  it('counts the agreements taken from each document', () => {
    const byDocument: Record<string, number> = {};
    for (const a of dataset.agreements) byDocument[a.source.document] = (byDocument[a.source.document] ?? 0) + 1;
    expect(byDocument).toEqual({
      '004_e59d51f378d5a747.txt': 149,
      '000_d45dbe772e49bc07.txt': 8,
      '001_7f6715413a7af0cd.txt': 3,
      '002_882fd2e0946ac260.txt': 4,
      '003_0c90d4750b6046d5.txt': 7,
    });
  });

  it('joins places across sources: 北海道, サハリン州 and 沿海地方 are one node each', () => {
    const partiesOf = (key: string) => dataset.agreements.filter((a) => a.parties.some((p) => p.municipality === key));
    for (const key of ['JP/北海道', 'RU/サハリン州', 'RU/沿海地方']) {
      const documents = new Set(partiesOf(key).map((a) => a.source.document));
      expect(documents.has('004_e59d51f378d5a747.txt')).toBe(true);
      expect(documents.size).toBeGreaterThan(1);
    }
    expect(dataset.municipalities.filter((m) => m.name === '稚内市')).toHaveLength(1);
  });

  it('gives domestic agreements two DOMESTIC parties, kinds, partial dates and successors', () => {
    const kawaba = dataset.agreements.find((a) => a.key === '003:2313')!;
    // 003 gives no date for the 協定: 1981 (line 2451) is when 川場村 became 世田谷区's 区民健康村, an event of its own.
    expect(kawaba).toMatchObject({ kind: 'ENGAGEMENT', signedOn: null, events: [{ date: { iso: '1981' }, line: 2451 }] });
    expect(kawaba.parties.map((p) => [p.municipality, p.side])).toEqual([
      ['JP/群馬県/川場村', 'DOMESTIC'],
      ['JP/東京都/世田谷区', 'DOMESTIC'],
    ]);
    expect(dataset.agreements.find((a) => a.key === '003:2435')).toMatchObject({ kind: 'DISASTER_MUTUAL_AID', signedOn: { iso: '1988' } });
    const successor = Object.fromEntries(dataset.municipalities.filter((m) => m.successor).map((m) => [m.key, m.successor]));
    expect(successor).toEqual({
      'JP/山梨県/高根町': 'JP/山梨県/北杜市',
      'JP/岩手県/東和町': 'JP/岩手県/花巻市',
      'JP/栃木県/岩舟町': 'JP/栃木県/栃木市',
    });
    expect(dataset.agreements.find((a) => a.key === 'clair2012:1.1')).toMatchObject({ kind: 'FIELD_AGREEMENT', titleKind: '協定' });
  });
});
