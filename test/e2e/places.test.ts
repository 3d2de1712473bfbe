/** #12 through the real server: codes, readings, English names, coordinates; search and the name filter in every script. */
import { isValidLocalGovCode } from '../../src/ingest/reference/local-gov-code';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

interface Place {
  key?: string;
  name: string;
  fullName: string;
  kind: string;
  code: string | null;
  reading: string | null;
  romanized: string | null;
  nameEn: string | null;
  location: { lat: number; lng: number } | null;
  homepage: string | null;
  country: { code: string; nameEn: string };
  referenceGaps: Array<{ field: string; reason: string }>;
}
const PLACE =
  'name fullName kind code reading romanized nameEn location { lat lng } homepage country { code nameEn } referenceGaps { field reason }';

async function byName(name: string): Promise<Place[]> {
  const body = await server.query<{ municipalities: { nodes: Place[] } }>(
    `query($name: String) { municipalities(filter: { name: $name }, first: 100) { nodes { ${PLACE} } } }`,
    { name },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.municipalities.nodes;
}

async function all(): Promise<Place[]> {
  const places: Place[] = [];
  let after: string | null = null;
  for (;;) {
    const body: { data?: { municipalities: { nodes: Place[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } =
      await server.query(
        `query($after: String) { municipalities(first: 100, after: $after) { nodes { ${PLACE} } pageInfo { hasNextPage endCursor } } }`,
        {
          after,
        },
      );
    places.push(...body.data!.municipalities.nodes);
    if (!body.data!.municipalities.pageInfo.hasNextPage) return places;
    after = body.data!.municipalities.pageInfo.endCursor;
  }
}

const near = (p: Place, lat: number, lng: number, within: number) =>
  p.location != null && Math.abs(p.location.lat - lat) <= within && Math.abs(p.location.lng - lng) <= within;

describe('places as the world knows them', () => {
  it('札幌市: code 011002, reading さっぽろし, Sapporo, town hall near (43.06, 141.35)', async () => {
    const [sapporo] = await byName('札幌市');
    expect(sapporo).toMatchObject({ code: '011002', reading: 'さっぽろし', romanized: 'Sapporo-shi', nameEn: 'Sapporo' });
    expect(sapporo.homepage).toBe('https://www.city.sapporo.jp/');
    expect(near(sapporo, 43.06, 141.35, 0.1)).toBe(true);
  });

  it('北海道 is 010006 (Hokkaido); 三戸町 is Sannohe', async () => {
    expect(await byName('北海道')).toEqual([expect.objectContaining({ code: '010006', nameEn: 'Hokkaido', reading: 'ほっかいどう' })]);
    expect(await byName('三戸町')).toEqual([expect.objectContaining({ code: '024414', nameEn: 'Sannohe', romanized: 'Sannohe-machi' })]);
  });

  it('大連市 is Dalian, China, near (38.9, 121.6); foreign places have English names (ケチケメート市, 京畿道)', async () => {
    const [dalian] = await byName('大連市');
    expect(dalian).toMatchObject({ nameEn: 'Dalian', country: { code: 'CN' }, code: null });
    expect(near(dalian, 38.9, 121.6, 0.2)).toBe(true);
    expect((await byName('ケチケメート市'))[0].nameEn).toBe('Kecskemét');
    expect((await byName('京畿道'))[0].nameEn).toBe('Gyeonggi Province');
  });

  it('a municipality merged away keeps its name, has no code, and says why; its successor has the code', async () => {
    const [takane] = await byName('高根町');
    expect(takane.code).toBeNull();
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest's asymmetric matchers are typed any
    expect(takane.referenceGaps).toContainEqual({ field: 'CODE', reason: expect.stringContaining('merged into 北杜市 (code 192091)') });
    expect((await byName('北杜市'))[0].code).toBe('192091');
  });

  it('every code has a valid check digit, every Japanese local government that exists today has a code and a location', async () => {
    const places = await all();
    const codes = places.map((p) => p.code).filter((c): c is string => c != null);
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((c) => !isValidLocalGovCode(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    const japanese = places.filter((p) => p.country.code === 'JP' && p.kind !== 'ORGANIZATION');
    const without = japanese.filter((p) => !p.code || !p.location);
    // Those without are the merged-away ones, each with its reason.
    for (const p of without) expect(p.referenceGaps.map((g) => g.field)).toEqual(expect.arrayContaining(['CODE', 'LOCATION']));
    expect(without.map((p) => p.name).sort()).toEqual(['山川町', '岩舟町', '川口町', '東和町', '高根町'].sort());
  });

  it('every foreign place has an English name or a reason, and coordinates or a reason', async () => {
    const foreign = (await all()).filter((p) => p.country.code !== 'JP');
    for (const p of foreign) {
      const fields = p.referenceGaps.map((g) => g.field);
      if (!p.nameEn) expect(fields).toContain('NAME_EN');
      if (!p.location) expect(fields).toContain('LOCATION');
      if (p.kind === 'ORGANIZATION') expect(p.location).toBeNull();
    }
  });
});

describe('names in every script', () => {
  it.each([
    ['Sapporo', '札幌市'],
    ['sapporo-shi', '札幌市'],
    ['さっぽろ', '札幌市'],
    ['サッポロシ', '札幌市'],
    ['Tokyo-to', '東京都'],
    ['Vladivostok', 'ウラジオストク市'],
  ])('municipalities(filter: { name: %p }) finds %s', async (name, expected) => {
    expect((await byName(name)).map((p) => p.name)).toContain(expected);
  });

  it('the name filter matches whole names only', async () => {
    expect(await byName('Sappor')).toEqual([]);
  });

  const search = async (text: string) => {
    const body = await server.query<{
      search: Array<{ __typename: string; name?: string; parties?: Array<{ municipality: { country: { code: string } } }> }>;
    }>(
      `query($text: String!) { search(text: $text, first: 100) { __typename
        ... on Municipality { name } ... on Agreement { parties { municipality { country { code } } } } } }`,
      { text },
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.search;
  };

  it('searching Vladivostok returns ウラジオストク市; Sapporo and さっぽろ return 札幌市', async () => {
    expect((await search('Vladivostok')).map((r) => r.name)).toContain('ウラジオストク市');
    expect((await search('Sapporo')).map((r) => r.name)).toContain('札幌市');
    expect((await search('さっぽろ')).map((r) => r.name)).toContain('札幌市');
  });

  it('searching China finds agreements with Chinese partners, and only those', async () => {
    const agreements = (await search('China')).filter((r) => r.__typename === 'Agreement');
    expect(agreements.length).toBeGreaterThan(10);
    for (const a of agreements) expect(a.parties!.map((p) => p.municipality.country.code)).toContain('CN');
  });
});
