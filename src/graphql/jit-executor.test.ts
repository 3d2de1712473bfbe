import { buildSchema, execute, GraphQLError, parse, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { jitExecutor } from './jit-executor';

const schema = buildSchema(`
  input Filter { name: String, and: [Filter!], not: Filter }
  type Item { name: String!, tags(first: Int = 2): [String!]! }
  type Query { items(filter: Filter): [Item!]!, echo(text: String!): String!, fail: String }
`);

const ITEMS = [
  { name: 'a', tags: ['x', 'y', 'z'] },
  { name: 'b', tags: ['y'] },
];
const matches = (f: { name?: string; and?: object[]; not?: object } | undefined, name: string): boolean =>
  !f || ((f.name == null || f.name === name) && (f.and ?? []).every((g) => matches(g, name)) && (f.not == null || !matches(f.not, name)));
const rootResolvers = {
  items: (args: { filter?: object }) => ITEMS.filter((i) => matches(args.filter, i.name)),
  echo: (args: { text: string }) => args.text,
  fail: () => {
    throw Object.assign(new Error('no such page'), { code: 'BAD_CURSOR' });
  },
};

/** What Apollo hands the executor, for one query. */
function request(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return { document, operation, operationName: null, queryHash: query, request: { query, variables }, context: {} } as never;
}

/** graphql-js's own answer, the reference. */
async function reference(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: unknown; errors: object[] }> {
  return JSON.parse(JSON.stringify(await execute({ schema, document: parse(query), variableValues: variables }))) as {
    data?: unknown;
    errors: object[];
  };
}

describe('jitExecutor', () => {
  // graphql-jit reads root resolvers from the schema, so the test's root value goes in through the schema's fields.
  for (const [name, resolve] of Object.entries(rootResolvers)) {
    schema.getQueryType()!.getFields()[name].resolve = (_root, args) => resolve(args as never);
  }
  (schema.getType('Item') as GraphQLObjectType).getFields().tags.resolve = (item: { tags: string[] }, args: { first: number }) =>
    item.tags.slice(0, args.first);
  const run = jitExecutor(schema, { cacheEntries: 10 });

  it('answers as graphql-js does, arguments, defaults and variables included', async () => {
    for (const [query, variables] of [
      ['{ items { name tags } }', {}],
      ['{ items(filter: { and: [{ not: { name: "b" } }] }) { name tags(first: 1) } }', {}],
      ['query ($t: String!) { echo(text: $t) }', { t: 'テキスト' }],
    ] as const) {
      expect(JSON.parse(JSON.stringify(await run(request(query, variables))))).toEqual(await reference(query, variables));
    }
  });

  it('runs an operation with a variable of a recursive input type (which graphql-jit cannot parse) on graphql-js', async () => {
    const query = 'query ($f: Filter) { items(filter: $f) { name } }';
    const variables = { f: { and: [{ not: { name: 'a' } }] } };
    const answer = await run(request(query, variables));
    expect(JSON.parse(JSON.stringify(answer))).toEqual(await reference(query, variables));
    expect(answer.data).toEqual({ items: [{ name: 'b' }] });
  });

  it("reports a resolver's error as graphql-js does: a GraphQLError with extensions, path, locations and the cause", async () => {
    const answer = await run(request('{ echo(text: "x") fail }'));
    const [error] = answer.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.toJSON()).toEqual((await reference('{ echo(text: "x") fail }')).errors[0]);
    expect(error.extensions).toEqual({});
    expect((error.originalError as { code?: string }).code).toBe('BAD_CURSOR');
    expect(answer.data).toEqual({ echo: 'x', fail: null });
  });

  it("reports a wrong variable with graphql-js's message and the variable's node (Apollo answers it 400 BAD_USER_INPUT)", async () => {
    const answer = await run(request('query ($t: String!) { echo(text: $t) }', { t: 7 }));
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((e) => e.message)).toEqual([
      'Variable "$t" got invalid value 7; String cannot represent a non string value: 7',
    ]);
    expect(answer.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
  });
});
