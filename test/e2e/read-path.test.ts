/**
 * The uncached read path (#13): the showcase in at most five statements at any page size,
 * a level of agreements read with the lists asked for below it, the reference dimensions (countries, categories, municipalities) read once per data
 * version rather than per request, and right after a re-import, before the server has
 * noticed it, answers that are still those of the data in the database.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DEFAULT_DATASET, replaceDataset } from '../../src/db/load-dataset';
import { getNamedType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { EXAMPLES } from '../examples';
import { startTestServer, type TestServer } from '../utils';

const showcase = EXAMPLES.find((e) => e.file === 'prefecture-multilateral.graphql')!;
const withFirst = (first: number, prefecture = true) =>
  (prefecture ? showcase.query : showcase.query.replace('($prefecture: String!)', '').replace('prefecture: $prefecture, ', '')).replace(
    'first: 100',
    `first: ${first}`,
  );

let server: TestServer;
beforeAll(async () => {
  // No polling: only what a request finds tells the server that the data changed.
  server = await startTestServer({ dataVersionPollMs: 0, exposeSqlCount: true });
});
afterAll(async () => {
  await server.stop();
});

it.each([1, 5, 100])('runs the showcase in at most five statements with first: %i, on one prefecture and on all', async (first) => {
  for (const prefecture of [true, false]) {
    const body = await server.query(withFirst(first, prefecture), prefecture ? showcase.variables : {});
    expect(body.errors).toBeUndefined();
    expect(body.extensions!.sqlStatements).toBeLessThanOrEqual(5);
  }
});

it('reads a level of agreements and the lists asked for below them in one statement, however the query is written', async () => {
  const ask = async (selection: string, fragments = '') => {
    const body = await server.query(
      `query($p: String!) { agreements(filter: { prefecture: $p }, first: 20) { ${selection} } } ${fragments}`,
      { p: '北海道' },
    );
    expect(body.errors).toBeUndefined();
    return { data: body.data, statements: body.extensions!.sqlStatements };
  };
  const titles = await ask('nodes { title }');
  const lists = 'title parties { side } listings { number } activities { text } contacts { phone }';
  const plain = await ask(`nodes { ${lists} }`);
  expect(plain.statements).toBe(titles.statements);
  // Through an alias, a named fragment, an inline fragment and edges: the same lists, the same statements.
  const written = await ask(
    'all: nodes { ...Lists } edges { node { ... on Agreement { title } } }',
    `fragment Lists on Agreement { title parties { side } ... on Agreement { listings { number } activities { text } contacts { phone } } }`,
  );
  expect(written.statements).toBe(titles.statements);
  expect((written.data as { agreements: { all: unknown } }).agreements.all).toEqual(
    (plain.data as { agreements: { nodes: unknown } }).agreements.nodes,
  );
});

it('answers every field of Agreement as a full read does, reading the detail columns only for the fields that show them', async () => {
  // Each field with a small selection below it; the list is the schema's, so a new field is tested too.
  const type = (await getSchema()).getType('Agreement') as GraphQLObjectType;
  const selection = (field: GraphQLField<unknown, unknown>): string => {
    const inner = getNamedType(field.type);
    return isObjectType(inner) || isInterfaceType(inner) ? `${field.name} { __typename }` : field.name;
  };
  // Through node(id:) every agreement is read whole: the reference answer.
  const first = (await server.query<{ agreements: { nodes: Array<{ id: string }> } }>('{ agreements(first: 100) { nodes { id } } }')).data!;
  const ids = first.agreements.nodes.map((n) => n.id);
  for (const field of Object.values(type.getFields())) {
    const body = await server.query(`{ agreements(first: 100) { nodes { ${selection(field)} } } }`);
    expect({ field: field.name, errors: body.errors }).toEqual({ field: field.name, errors: undefined });
    const whole = await server.query<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Agreement { ${selection(field)} } } }`,
      { ids },
    );
    expect((body.data as { agreements: { nodes: unknown[] } }).agreements.nodes).toEqual(whole.data!.nodes);
  }
  // A page of titles reads no sheet text; one that shows a background reads it (both in one statement).
  const titles = await server.query('{ agreements(first: 100) { nodes { title } } }');
  const backgrounds = await server.query<{ agreements: { nodes: Array<{ background: string | null }> } }>(
    '{ agreements(first: 100) { nodes { title background } } }',
  );
  expect(backgrounds.extensions!.sqlStatements).toBe(titles.extensions!.sqlStatements);
  expect(backgrounds.data!.agreements.nodes.filter((n) => n.background).length).toBeGreaterThan(50);
});

it('reads countries, categories and municipalities (with their hierarchy) from the reference data: the list filter is the one statement', async () => {
  const body = await server.query(`{
    countries { code nameJa }
    categories { code name }
    municipalities(filter: { name: "北海道" }, first: 1) { nodes { name country { code } parent { name } children { name } predecessors { name } successor { name } } }
  }`);
  expect(body.errors).toBeUndefined();
  // The municipalities matching the filter tree (SQL, #17); the page's rows, their country and hierarchy come from the reference data.
  expect(body.extensions!.sqlStatements).toBe(1);
  const { nodes } = (body.data as { municipalities: { nodes: Array<{ children: unknown[]; country: { code: string } }> } }).municipalities;
  expect(nodes[0].country.code).toBe('JP');
  expect(nodes[0].children.length).toBeGreaterThan(0);
});

it('answers from the database after a re-import it has not noticed yet, then reads the new reference data', async () => {
  const data = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as { municipalities: Array<{ key: string; fullName: string }> };
  const sapporo = data.municipalities.find((m) => m.key === 'JP/北海道/札幌市')!;
  sapporo.fullName = '北海道札幌市（改）';
  const dir = mkdtempSync(join(tmpdir(), 'teikei-read-path-'));
  try {
    writeFileSync(join(dir, 'changed.json'), JSON.stringify(data));
    await replaceDataset(server.orm, join(dir, 'changed.json'));
  } finally {
    rmSync(dir, { recursive: true });
  }
  // Every party is a row of the new data, pointing at municipalities the old snapshot does not know.
  const parties = async () => {
    const body = await server.query<{
      agreements: { nodes: Array<{ parties: Array<{ municipality: { fullName: string; country: { code: string } } }> }> };
    }>(showcase.query, showcase.variables);
    expect(body.errors).toBeUndefined();
    return body.data!.agreements.nodes.flatMap((n) => n.parties.map((p) => p.municipality.fullName));
  };
  expect(await parties()).toContain('北海道札幌市（改）');
  // The miss asked the data version; the next request reads the new reference data once.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(await parties()).toContain('北海道札幌市（改）');
  const names = await server.query('{ municipalities(filter: { name: "札幌市" }) { nodes { fullName } } }');
  // The filter's statement alone: the page's municipality comes from the new reference data, not from the database.
  expect(names.extensions!.sqlStatements).toBe(1);
  expect(names.data).toEqual({ municipalities: { nodes: [{ fullName: '北海道札幌市（改）' }] } });
});

it('sends an answer whole, with its length in bytes (UTF-8) and not in chunks', async () => {
  const answer = await server.request({ query: showcase.query, variables: showcase.variables });
  expect(answer.status).toBe(200);
  expect(answer.headers.get('transfer-encoding')).toBeNull();
  expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.text));
  expect(answer.text).toContain('北海道');
});
