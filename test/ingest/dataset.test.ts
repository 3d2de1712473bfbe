/** The parser on the real survey: counts, parties, hierarchy, dates, items, provenance. */
import { readFileSync } from 'fs';
import { dirname } from 'path';
import { readCurated } from '../../src/ingest/curated';
import { buildDataset } from '../../src/ingest/dataset';
import { parseDecisions, type Decision } from '../../src/ingest/decisions';
import { defaultPaths, ingest, SOURCE_DOCUMENT } from '../../src/ingest/run-ingest';
import type { AgreementRecord, Dataset } from '../../src/records/records';

const paths = defaultPaths();
const { dataset, json } = ingest(paths);
const byLine = (line: number) => dataset.agreements.find((a) => a.source.line === line)!;
const partyKeys = (a: AgreementRecord) => a.parties.map((p) => p.municipality);
const agreementOfListing = (d: Dataset, category: number, number: number) => {
  const l = d.listings.find((x) => x.category === category && x.number === number)!;
  return d.agreements.find((a) => a.key === l.agreement)!;
};

describe('CLAIR 2012 dataset', () => {
  it('reproduces the checked-in seeds/clair-2012.json exactly', () => {
    expect(readFileSync(paths.output, 'utf8')).toBe(json);
  });

  it('has 175 listings of 149 agreements; 22 multilateral listings by the sheets', () => {
    expect(dataset.listings).toHaveLength(175);
    expect(dataset.agreements.filter((a) => a.source.document === SOURCE_DOCUMENT)).toHaveLength(149);
    const multi = dataset.listings.filter((l) => dataset.agreements.find((a) => a.key === l.agreement)!.parties.length > 2);
    expect(multi).toHaveLength(22);
    expect(dataset.listings.filter((l) => l.relisted)).toHaveLength(26);
    expect(dataset.listings.filter((l) => l.markedRelisted)).toHaveLength(25);
  });

  it('numbers listings inside each category as the source does', () => {
    const counts = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => dataset.listings.filter((l) => l.category === c).length);
    expect(counts).toEqual([26, 25, 8, 1, 11, 24, 39, 25, 16]);
    for (let c = 1; c <= 9; c++) {
      const numbers = dataset.listings.filter((l) => l.category === c).map((l) => l.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('makes a re-listing a second listing of the same agreement', () => {
    const first = agreementOfListing(dataset, 1, 14);
    const again = agreementOfListing(dataset, 2, 3);
    expect(again.key).toBe(first.key);
    const listings = dataset.listings.filter((l) => l.agreement === first.key);
    expect(listings.map((l) => [l.category, l.number, l.relisted])).toEqual([
      [1, 14, false],
      [2, 3, true],
    ]);
    // 9.9 repeats 8.20 without any mark: one agreement by recorded decision.
    expect(agreementOfListing(dataset, 9, 9).key).toBe(agreementOfListing(dataset, 8, 20).key);
  });

  it('reads every party of a multilateral sheet with its side', () => {
    const ceramic = agreementOfListing(dataset, 6, 23);
    expect(ceramic.parties.filter((p) => p.side === 'DOMESTIC').map((p) => p.municipality)).toEqual(['JP/愛知県/瀬戸市']);
    expect(ceramic.parties.filter((p) => p.side === 'FOREIGN')).toHaveLength(13); // 11 countries; two cities each in Spain and Korea
    expect(partyKeys(ceramic)).toEqual(
      expect.arrayContaining(['GB/ストーン・オン・トレント市', 'ES/セビリア市', 'KR/康津郡', 'CN/景徳鎮市', 'RO/クルージュ・ナポカ市']),
    );
    const hokkaido = agreementOfListing(dataset, 7, 36);
    expect(partyKeys(hokkaido)).toEqual(['JP/北海道', 'CN/黒竜江省', 'CN/吉林省', 'CN/遼寧省']);
    const obuse = agreementOfListing(dataset, 3, 8);
    expect(obuse.parties).toHaveLength(7);
  });

  it('builds the hierarchy from the written names, one node per place', () => {
    const m = new Map(dataset.municipalities.map((x) => [x.key, x]));
    expect(m.get('JP/青森県/青森市')).toMatchObject({ name: '青森市', fullName: '青森県青森市', kind: 'CITY', parent: 'JP/青森県' });
    expect(m.get('JP/青森県')).toMatchObject({ kind: 'PREFECTURE', parent: null });
    expect(m.get('CN/遼寧省/瀋陽市')).toMatchObject({ kind: 'LOCALITY', parent: 'CN/遼寧省' });
    expect(m.has('CN/瀋陽市')).toBe(false); // written without its province on two sheets
    expect(m.get('DK/在日デンマーク王国大使館')?.kind).toBe('ORGANIZATION');
    expect(m.has('DK/在日本デンマーク王国日本大使館')).toBe(false);
    expect(dataset.countries.find((c) => c.code === 'CN')).toEqual({
      code: 'CN',
      nameJa: '中華人民共和国',
      nameEn: "People's Republic of China",
    });
  });

  it('reads dates, keeping partial ones partial and the original text', () => {
    expect(byLine(378).signedOn).toEqual({ year: 2004, month: 12, day: 24, iso: '2004-12-24', text: '平成16（2004）年12月24日' });
    expect(byLine(511).signedOn?.iso).toBe('1999-08');
    expect(byLine(2316 + 34).signedOn?.iso).toBe('1995');
  });

  it('splits activities, keeping current and past apart, and outcomes from challenges', () => {
    const fukushima = byLine(445);
    expect(fukushima.activities.filter((a) => a.period === 'CURRENT')).toHaveLength(2);
    expect(fukushima.activities.filter((a) => a.period === 'PAST').length).toBeGreaterThanOrEqual(9);
    const aomori = byLine(378);
    expect(aomori.activities.map((a) => a.text)).toEqual([
      '公式訪問団の訪問・受入れ',
      '小・中学指定校による作品交流(平成20年度まで)',
      '棟方志功賞版画展入賞作品を大連市芸術展覧会に送付(平成17年のみ)',
    ]);
    expect(aomori.outcomes).toMatch(/^市民の国際感覚の醸成/);
    expect(aomori.challenges).toMatch(/^指定校交流は/);
  });

  it('cleans URLs, reads contacts and keeps provenance', () => {
    expect(byLine(413).urls).toEqual(['http://www.town.iwafune.tochigi.jp/']);
    expect(byLine(478).contacts).toEqual([
      {
        department: '総務課',
        phone: '0254-27-2111',
        extension: '228',
        email: 'soumu@town.seiro.niigata.jp',
        municipality: 'JP/新潟県/聖籠町',
      },
    ]);
    for (const a of dataset.agreements.filter((x) => x.key.startsWith('clair2012:'))) expect(a.source.document).toBe(SOURCE_DOCUMENT);
    for (const l of dataset.listings) expect(l.source.line).toBeGreaterThan(l.tocLine);
  });

  describe('recorded decisions', () => {
    const text = readFileSync(paths.source, 'utf8');
    const decisions = parseDecisions(JSON.parse(readFileSync(paths.decisions, 'utf8')));
    const curated = readCurated(paths.curated, dirname(paths.source));

    it('stops on an issue nobody decided, naming it and its line', () => {
      const without = decisions.filter((d) => d.id !== 'era:1289');
      expect(() => buildDataset(text, SOURCE_DOCUMENT, without, curated)).toThrow(/undecided: era:1289 \(line 1289\)/);
    });

    it('stops on a decision that matches no issue', () => {
      const stale: Decision = { id: 'era:99999', action: 'western-year', reason: 'a decision about nothing', lines: [99999] };
      expect(() => buildDataset(text, SOURCE_DOCUMENT, [...decisions, stale], curated)).toThrow(
        /era:99999: decided, but the parser found no such issue/,
      );
    });

    it('rejects a decision without a reason', () => {
      expect(() => parseDecisions({ decisions: [{ id: 'x', action: 'y', lines: [1] }] })).toThrow(/no reason/);
    });

    it('applies a decision: the era year instead of the Western year', () => {
      const eraYear = decisions.map((d) => (d.id === 'era:1289' ? { ...d, action: 'era-year' } : d));
      const d = buildDataset(text, SOURCE_DOCUMENT, eraYear, curated);
      expect(d.agreements.find((a) => a.source.line === 1280)?.signedOn?.iso).toBe('2008-11-04');
      expect(byLine(1280).signedOn?.iso).toBe('2010-11-04');
    });
  });
});
