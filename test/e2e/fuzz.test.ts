/**
 * Fuzzing through HTTP, against a development and a production server: fast-check generates
 * queries from the schema itself (random selections, arguments of the right and the wrong kind,
 * ids, cursors, filter values, Unicode, control characters, lone surrogates, very long strings)
 * and variables of every wrong type. Whatever it sends, the server answers valid JSON with data or
 * errors, never a 5xx nor an internal error, and keeps answering.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLArgument,
} from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { toGlobalId } from '../../src/modules/shared/global-id';
import { encodeCursor } from '../../src/graphql/connection';
import { startTestServer, type Answer, type TestServer } from '../utils';

const RUNS = 300;
/** Three hundred real queries each, on PostgreSQL and on a busy machine too. */
const FUZZ_TIMEOUT_MS = 240_000;
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    '北海道',
    '青森市',
    '漂着',
    '%',
    '_',
    "'; drop table agreement; --",
    '\\',
    '"',
    '\u0000',
    'a\u0000b',
    '\u0007\u001b[31m',
    '\ud800',
    'x\udfffy',
    '\u202e',
    'JP/青森県/青森市',
    '2004',
    '2004-13-40',
    '-1',
  ),
  fc.integer({ min: 1000, max: 20000 }).map((n) => '字'.repeat(n)),
  fc.string().map((s) => encodeCursor(s)),
  fc
    .constantFrom('Municipality', 'Agreement', 'Listing', 'Category', 'Activity', 'Contact', 'Nope')
    .chain((t) => fc.string().map((k) => toGlobalId(t as 'Agreement', k))),
);
const hostileInt = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, 100, 101, -1, 2147483647), fc.integer());

/** A GraphQL literal for an input type (sometimes of the wrong kind on purpose). */
function literal(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  const t = getNullableType<GraphQLInputType>(type);
  const wrong = fc.oneof(
    hostileString.map((s) => JSON.stringify(s)),
    hostileInt.map(String),
    fc.constant('null'),
    fc.constant('true'),
  );
  let right: fc.Arbitrary<string>;
  if (isListType(t)) right = fc.array(literal(t.ofType, depth + 1), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`);
  else if (isEnumType(t)) right = fc.constantFrom(...t.getValues().map((v) => v.name));
  else if (isInputObjectType(t) && depth < 3) {
    const fields = Object.values(t.getFields());
    right = fc
      .subarray(fields)
      .chain((picked) => fc.tuple(...picked.map((f) => literal(f.type, depth + 1).map((v) => `${f.name}: ${v}`))))
      .map((parts) => `{ ${parts.join(', ')} }`);
  } else if (isScalarType(t) && (t.name === 'Int' || t.name === 'Float')) right = hostileInt.map(String);
  else if (isScalarType(t) && t.name === 'Boolean') right = fc.boolean().map(String);
  else right = hostileString.map((s) => JSON.stringify(s));
  return fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

function fieldSelection(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const args = fc
    .subarray([...field.args])
    .chain((picked) => fc.tuple(...picked.map((a) => literal(a.type, 0).map((v) => `${a.name}: ${v}`))));
  const named = getNamedType(field.type);
  const sub =
    isObjectType(named) && depth < 5
      ? selection(named, depth + 1).map((s) => ` ${s}`)
      : fc.constant(isObjectType(named) || (!isScalarType(named) && !isEnumType(named)) ? ' { __typename }' : '');
  return fc.tuple(args, sub).map(([a, s]) => `${field.name}${a.length ? `(${a.join(', ')})` : ''}${s}`);
}

function selection(type: GraphQLObjectType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields());
  return fc
    .uniqueArray(fc.constantFrom(...fields), { minLength: 1, maxLength: 3, selector: (f) => f.name })
    .chain((picked) => fc.tuple(...picked.map((f) => fieldSelection(f, depth))))
    .map((parts) => `{ ${parts.join(' ')} }`);
}

/** A JSON value of any type: what a client may put in a variable by mistake. */
const anyJson = fc.oneof(
  hostileString,
  hostileInt,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(99999999999),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }),
);

/** A top-level field with every argument passed as a variable of its declared type. */
const withVariables = (schema: GraphQLSchema) =>
  fc.constantFrom(...Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0)).chain((field) => {
    const named = getNamedType(field.type);
    const sub = isObjectType(named) || !isScalarType(named) ? ' { __typename }' : '';
    const decls = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`).join(', ');
    const uses = field.args.map((a: GraphQLArgument) => `${a.name}: $${a.name}`).join(', ');
    const query = `query F(${decls}) { ${field.name}(${uses})${sub} }`;
    const variables = fc.record(Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, anyJson])), { requiredKeys: [] });
    return variables.map((v) => ({ query, variables: v }));
  });

function expectClientAnswer(res: Answer, statuses: Map<number, number>) {
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  expect(res.status).toBeLessThan(500);
  const body = res.json();
  expect(body.data !== undefined || Array.isArray(body.errors)).toBe(true);
  // A bug shows as an internal error even when the status is 200.
  expect((body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
}

describe.each([
  ['development', false],
  ['production', true],
])('%s server', (_mode, production) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ production });
  });
  afterAll(async () => {
    await server.stop();
  });

  it(
    `answers ${RUNS} generated queries with JSON and never a 5xx, and keeps answering`,
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(selection(schema.getQueryType()!, 0), async (query) => {
          expectClientAnswer(await server.request({ query }), statuses);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20121) },
      );
      console.log(`fuzz (${_mode}): ${RUNS} queries, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
      expect((await server.fetch('/healthz')).status).toBe(200);
      expect((await server.query('{ stats { totals { listings } } }')).data).toEqual({ stats: { totals: { listings: 175 } } });
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    `answers ${RUNS} operations with variables of every wrong type with a 4xx or data, never an internal error`,
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(withVariables(schema), async ({ query, variables }) => {
          expectClientAnswer(await server.request({ query, variables }), statuses);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20122) },
      );
      console.log(`fuzz (${_mode}, variables): ${RUNS} operations, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('never answers a 5xx to random bytes and odd requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('application/json', 'application/graphql', 'text/plain', 'application/x-www-form-urlencoded', ''),
        async (body, type) => {
          const res = await server.fetch('/graphql', { method: 'POST', headers: type ? { 'content-type': type } : {}, body });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
    expect((await server.fetch('/healthz')).status).toBe(200);
  });
});
