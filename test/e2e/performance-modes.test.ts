/** The response cache (a repeated request runs no SQL) and the naive reference (the N+1 the loaders avoid). */
import { statementsRun } from '../../src/db/request-scope';
import { EXAMPLES } from '../examples';
import { startTestServer } from '../utils';

const showcase = EXAMPLES.find((e) => e.file === 'prefecture-multilateral.graphql')!;

it('answers a repeated request from the response cache without SQL, the same as before', async () => {
  const server = await startTestServer({ dataVersionPollMs: 0 }); // the defaults npm start uses: the cache is on
  try {
    const before = statementsRun();
    const first = await server.request({ query: showcase.query, variables: showcase.variables });
    const afterFirst = statementsRun();
    const again = await server.request({ query: showcase.query, variables: showcase.variables });
    expect(afterFirst).toBeGreaterThan(before);
    expect(first.headers.get('x-response-cache')).toBe('miss');
    expect(again.headers.get('x-response-cache')).toBe('hit');
    expect(statementsRun()).toBe(afterFirst);
    expect(again.text).toBe(first.text);
    const other = await server.request({ query: showcase.query, variables: { prefecture: '静岡県' } });
    expect(other.headers.get('x-response-cache')).toBe('miss');
    expect(statementsRun()).toBeGreaterThan(afterFirst);
    expect(other.json().data).not.toEqual(first.json().data);
  } finally {
    await server.stop();
  }
});

it('without batching answers the same with one statement per parent: the N+1 that batching avoids', async () => {
  const [batched, naive] = await Promise.all([
    startTestServer({ exposeSqlCount: true }),
    startTestServer({ exposeSqlCount: true, batching: false }),
  ]);
  try {
    const [b, n] = [await batched.query(showcase.query, showcase.variables), await naive.query(showcase.query, showcase.variables)];
    expect(n.data).toEqual(b.data);
    expect(n.extensions!.sqlStatements).toBeGreaterThan(3 * b.extensions!.sqlStatements!);
  } finally {
    await batched.stop();
    await naive.stop();
  }
});
