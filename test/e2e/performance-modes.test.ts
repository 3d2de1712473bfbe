/** The response cache (a repeated request runs no SQL) and the naive reference (the N+1 the loaders avoid). */
import { EXAMPLES } from '../examples';
import { startTestServer } from '../utils';

const showcase = EXAMPLES.find((e) => e.file === 'prefecture-multilateral.graphql')!;

it('answers a repeated request from the response cache without SQL, the same as before', async () => {
  const server = await startTestServer({ responseCache: true });
  try {
    const first = await server.query(showcase.query, showcase.variables);
    const again = await server.query(showcase.query, showcase.variables);
    expect(first.extensions!.sqlStatements).toBeGreaterThan(0);
    expect(again.extensions!.sqlStatements).toBe(0);
    expect(again.data).toEqual(first.data);
    const other = await server.query(showcase.query, { prefecture: '静岡県' });
    expect(other.extensions!.sqlStatements).toBeGreaterThan(0);
    expect(other.data).not.toEqual(first.data);
  } finally {
    await server.stop();
  }
});

it('without batching answers the same with one statement per parent: the N+1 that batching avoids', async () => {
  const [batched, naive] = await Promise.all([startTestServer(), startTestServer({ batching: false })]);
  try {
    const [b, n] = [await batched.query(showcase.query, showcase.variables), await naive.query(showcase.query, showcase.variables)];
    expect(n.data).toEqual(b.data);
    expect(n.extensions!.sqlStatements).toBeGreaterThan(3 * b.extensions!.sqlStatements!);
  } finally {
    await batched.stop();
    await naive.stop();
  }
});
