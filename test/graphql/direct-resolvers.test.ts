/**
 * The served schema calls resolvers without type-graphql's wrappers (src/graphql/direct-resolvers.ts):
 * it must answer every example exactly as type-graphql's own schema does, and the assumptions that
 * make that safe must hold.
 */
import { execute, parse, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { datasetVersion, loadDatasetIfEmpty } from '../../src/db/load-dataset';
import { openOrm, type Orm } from '../../src/db/orm';
import { ReferenceData } from '../../src/db/reference-data';
import { ensureSearchIndex } from '../../src/db/search-index';
import { createContext } from '../../src/graphql/context';
import { callResolversDirectly } from '../../src/graphql/direct-resolvers';
import { buildWrappedSchema, getSchema, RESOLVERS } from '../../src/graphql/schema';
import { NetworkCache } from '../../src/modules/network/load-network';
import { freshDatabase, type TestDatabase } from '../database';
import { EXAMPLES } from '../examples';

describe('resolvers called directly', () => {
  let db: TestDatabase;
  let orm: Orm;
  let reference: ReferenceData;
  let wrapped: GraphQLSchema;
  let served: GraphQLSchema;

  beforeAll(async () => {
    db = await freshDatabase();
    orm = await openOrm(db.url);
    await loadDatasetIfEmpty(orm);
    await ensureSearchIndex(orm.em.fork());
    reference = await ReferenceData.read(orm.em.fork(), await datasetVersion(orm), () => undefined);
    [wrapped, served] = await Promise.all([buildWrappedSchema(), getSchema()]);
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  const run = async (schema: GraphQLSchema, query: string, variables: Record<string, unknown>) =>
    JSON.stringify(
      await execute({
        schema,
        document: parse(query),
        variableValues: variables,
        contextValue: createContext(orm.em, new NetworkCache(), reference),
      }),
    );

  it.each(EXAMPLES.map((e) => [e.file, e] as const))('%s answers as through type-graphql', async (_file, example) => {
    const expected = await run(wrapped, example.query, example.variables);
    expect(expected).not.toContain('"errors"');
    expect(await run(served, example.query, example.variables)).toBe(expected);
  });

  it('leaves no field of the schema on the wrapper, and reads plain fields as properties', async () => {
    const report = callResolversDirectly(await buildWrappedSchema(), RESOLVERS);
    expect(report.wrapped).toEqual([]);
    expect(report.direct).toEqual(
      expect.arrayContaining(['Query.agreements', 'Municipality.agreements', 'Listing.agreement', 'Agreement.parties']),
    );
    expect(report.plain).toEqual(expect.arrayContaining(['Agreement.title', 'Municipality.name', 'Listing.number']));
  });

  it('passes arguments as GraphQL coerced them: every input and args class is plain data', () => {
    const storage = getMetadataStorage();
    const classes = [...storage.inputTypes, ...storage.argumentTypes].map((t) => t.target);
    const behaviour = classes.flatMap((c) =>
      Object.getOwnPropertyNames(c.prototype)
        .filter((key) => key !== 'constructor')
        .map((key) => `${c.name}.${key}`),
    );
    expect(behaviour).toEqual([]);
  });
});
