/**
 * `aggregates(filter, groupBy)` (#17): cross-tabs counted in SQL equal the counts of the
 * single filters that ask for each cell, the single-dimension fields keep their meaning, and a
 * request runs a fixed number of statements whatever it groups by.
 */
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ exposeSqlCount: true, limits: { maxAliases: 500, maxCost: 10_000_000, maxTokens: 100_000 } });
});
afterAll(() => server.stop());

interface Row {
  year: number | null;
  country: { code: string } | null;
  prefecture: { name: string } | null;
  category: { code: number } | null;
  kind: string | null;
  multilateral: boolean | null;
  source: string | null;
  agreements: number;
  listings: number;
  partners: number;
}

const ROW = 'year country { code } prefecture { name } category { code } kind multilateral source agreements listings partners';

async function rows(groupBy: string[], filter: object | null = null): Promise<{ rows: Row[]; total: number; statements: number }> {
  const body = await server.query<{ aggregates: { total: number; rows: Row[] } }>(
    `query($f: AgreementFilter, $g: [AggregateDimension!]) { aggregates(filter: $f, groupBy: $g) { total rows { ${ROW} } } }`,
    { f: filter, g: groupBy },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ...body.data!.aggregates, statements: body.extensions!.sqlStatements! };
}

/** totalCount of each filter, asked in one request with aliases. */
async function counts(filters: object[]): Promise<number[]> {
  const query = `query(${filters.map((_, i) => `$f${i}: AgreementFilter`).join(', ')}) {
    ${filters.map((_, i) => `c${i}: agreements(filter: $f${i}, first: 0) { totalCount }`).join('\n')} }`;
  const body = await server.query<Record<string, { totalCount: number }>>(query, Object.fromEntries(filters.map((f, i) => [`f${i}`, f])));
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return filters.map((_, i) => body.data![`c${i}`].totalCount);
}

/** Every partner country of the data (the null group is "no partner abroad"). */
async function foreignCountries(): Promise<string[]> {
  return (await rows(['COUNTRY'])).rows.filter((r) => r.country).map((r) => r.country!.code);
}

describe('a YEAR × COUNTRY cross-tab', () => {
  it('equals, cell by cell, the count of the filter that asks for the cell', async () => {
    const abroad = await foreignCountries();
    const { rows: cells, total } = await rows(['YEAR', 'COUNTRY']);
    expect(total).toBe(171);
    // The filter of each cell: its year (undated: not dated at all) and its country (none: no partner abroad).
    const filterOf = (r: Row) => ({
      and: [
        r.year == null ? { not: { signedFrom: '0000' } } : { signedFrom: String(r.year), signedTo: String(r.year) },
        r.country == null ? { not: { countries: abroad } } : { countries: [r.country.code] },
      ],
    });
    const expected = await counts(cells.map(filterOf));
    expect(cells.map((r) => r.agreements)).toEqual(expected);
    expect(cells.every((r) => r.agreements > 0)).toBe(true);
  });

  it('sums, per year, to at least the year’s count (an agreement with partners in two countries counts in both), and exactly without multilateral ones', async () => {
    const [{ rows: cells }, { rows: years }] = [
      await rows(['YEAR', 'COUNTRY'], { multilateral: false }),
      await rows(['YEAR'], { multilateral: false }),
    ];
    for (const y of years) {
      const sum = cells.filter((c) => c.year === y.year).reduce((n, c) => n + c.agreements, 0);
      expect({ year: y.year, sum }).toEqual({ year: y.year, sum: y.agreements });
    }
    const all = await rows(['YEAR', 'COUNTRY']);
    expect(all.rows.reduce((n, c) => n + c.agreements, 0)).toBeGreaterThanOrEqual(171);
  });

  it('is sorted by year then country, nulls last', async () => {
    const { rows: cells } = await rows(['YEAR', 'COUNTRY']);
    const keys = cells.map((r) => [r.year ?? Infinity, r.country?.code ?? '\uffff'] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(cells[cells.length - 1].year).toBeNull();
  });
});

describe('dimensions and measures', () => {
  it('single-valued dimensions partition the agreements; listings and partners count what they say', async () => {
    for (const d of ['YEAR', 'KIND', 'MULTILATERAL']) {
      const { rows: groups } = await rows([d]);
      expect({ d, sum: groups.reduce((n, r) => n + r.agreements, 0) }).toEqual({ d, sum: 171 });
    }
    // SOURCE: every document that mentions an agreement, as the sources filter finds it.
    const { rows: sources } = await rows(['SOURCE']);
    expect(sources.map((r) => r.agreements)).toEqual(await counts(sources.map((r) => ({ sources: [r.source] }))));
    // Each listing is under one category: the survey's 175 listings.
    const { rows: categories } = await rows(['CATEGORY']);
    expect(categories.reduce((n, r) => n + r.listings, 0)).toBe(175);
    expect(categories.filter((r) => r.category).map((r) => r.agreements)).toEqual([26, 25, 8, 1, 11, 24, 39, 25, 16]);
    // Each foreign party is in one country: the partners of all countries are the foreign parties.
    const { rows: countries } = await rows(['COUNTRY']);
    const foreign = await server.query<{ municipalities: { totalCount: number } }>(
      '{ municipalities(filter: { not: { country: "JP" } }, first: 0) { totalCount } }',
    );
    const parties = countries.reduce((n, r) => n + r.partners, 0);
    expect(parties).toBeGreaterThan(100);
    expect(parties).toBeLessThanOrEqual(foreign.data!.municipalities.totalCount);
    const [one] = (await rows([])).rows;
    expect(one).toMatchObject({ agreements: 171, listings: 175, partners: parties, year: null, country: null });
  });

  it('a prefecture row counts what the prefecture filter finds; the old fields say the same as the rows', async () => {
    const { rows: prefectures } = await rows(['PREFECTURE'], { countries: ['CN'] });
    const named = prefectures.filter((r) => r.prefecture);
    const expected = await counts(named.map((r) => ({ countries: ['CN'], prefecture: r.prefecture!.name })));
    expect(named.map((r) => r.agreements)).toEqual(expected);
    const body = await server.query<{
      aggregates: {
        byPrefecture: Array<{ prefecture: { name: string }; count: number }>;
        byYear: Array<{ year: number | null; count: number }>;
      };
    }>('{ aggregates(filter: { countries: ["CN"] }) { byPrefecture { prefecture { name } count } byYear { year count } } }');
    const old = body.data!.aggregates;
    expect(new Map(old.byPrefecture.map((b) => [b.prefecture.name, b.count]))).toEqual(
      new Map(named.map((r) => [r.prefecture!.name, r.agreements])),
    );
    expect(old.byPrefecture.map((b) => b.count)).toEqual([...old.byPrefecture.map((b) => b.count)].sort((a, b) => b - a));
    const { rows: years } = await rows(['YEAR'], { countries: ['CN'] });
    expect(old.byYear).toEqual(years.map((r) => ({ year: r.year, count: r.agreements })));
  });

  it('three dimensions at most, each once', async () => {
    const four = await server.query('{ aggregates(groupBy: [YEAR, COUNTRY, KIND, SOURCE]) { total } }');
    expect(four.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
      message: expect.stringMatching(/at most 3 dimensions/),
    });
    const twice = await server.query('{ aggregates(groupBy: [YEAR, YEAR]) { total } }');
    expect(twice.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const three = await rows(['PREFECTURE', 'CATEGORY', 'COUNTRY'], { or: [{ countries: ['CN'] }, { countries: ['KR'] }] });
    expect(three.rows.length).toBeGreaterThan(10);
  });
});

describe('statements', () => {
  it('every grouping of a filter in one statement, whatever is asked, the records shown from the reference data', async () => {
    const body = await server.query(
      `{ aggregates(filter: { not: { countries: ["CN"] } }, groupBy: [YEAR, PREFECTURE, CATEGORY]) {
          total byYear { year count } byCategory { count } byCountry { count } byPrefecture { count }
          rows { year agreements listings partners } } }`,
    );
    expect(body.errors).toBeUndefined();
    // One statement for the six groupings; the buckets' categories, countries and prefectures come from the reference data.
    expect(body.extensions!.sqlStatements).toBe(1);
    const named = await server.query(
      '{ aggregates(groupBy: [PREFECTURE, COUNTRY, CATEGORY]) { rows { prefecture { name } country { code } category { name } agreements } } }',
    );
    // The groups; their prefectures, countries and categories come from the reference data (read once per data version).
    expect(named.extensions!.sqlStatements).toBe(1);
  });
});
