/**
 * Errors a client can act on, and nothing internal leaking: malformed requests get the
 * right 4xx with a clear message; in production an internal error is masked and logged
 * with the request id; the graphql-http audits pass.
 */
import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from '../utils';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

async function send(body: string | undefined, headers: Record<string, string>, method = 'POST') {
  const res = await server.fetch('/graphql', { method, headers, body });
  return {
    status: res.status,
    text: res.text,
    json: (() => {
      try {
        return res.json();
      } catch {
        return null;
      }
    })(),
  };
}

describe('malformed requests', () => {
  it('malformed JSON → 400 with a JSON error saying what to send', async () => {
    const r = await send('{"query": "{ __typename }"', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.json?.errors?.[0].message).toMatch(/not valid JSON.*send \{"query"/);
    expect(r.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('no query → 400', async () => {
    for (const body of ['{}', '{"variables": {}}']) {
      const r = await send(body, { 'content-type': 'application/json' });
      expect(r.status).toBe(400);
      expect(r.json?.errors?.[0].message).toMatch(/no "query"; send \{"query"/);
    }
  });

  it('a content type that browsers send cross-site → 400 (CSRF prevention is on)', async () => {
    const r = await send('{"query":"{ __typename }"}', { 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/Cross-Site Request Forgery|content-type/i);
  });

  it('an unparsable document → 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await send(JSON.stringify({ query: '{ agreements( }' }), { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.json?.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field → 400 GRAPHQL_VALIDATION_FAILED, with a suggestion outside production', async () => {
    const r = await send(JSON.stringify({ query: '{ agreement { totalCount } }' }), { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.json?.errors?.[0].message).toMatch(/Did you mean "agreements"/);
  });

  it('echoes a request id', async () => {
    const res = await server.request({ query: '{ __typename }' }, { headers: { 'x-request-id': 'test-123' } });
    expect(res.headers.get('x-request-id')).toBe('test-123');
  });
});

describe('production', () => {
  it('masks internal errors (no stack, no SQL) and logs them with the request id; hides field suggestions', async () => {
    const logged: string[] = [];
    const prod = await startTestServer({ production: true, log: (line) => logged.push(line) });
    try {
      const suggestion = await prod.query('{ agreement { totalCount } }');
      expect(suggestion.errors?.[0].message).not.toMatch(/Did you mean/);
      // Break the database under the running server: every query now fails inside.
      await prod.orm.close(true);
      const res = await prod.request({ query: '{ agreements(first: 1) { totalCount } }' });
      const { text } = res;
      const body = res.json();
      const requestId = res.headers.get('x-request-id');
      expect(body.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      });
      expect(text).not.toMatch(/select|from|sqlite|knex|stacktrace|\.ts:\d+/i);
      expect(logged.some((l) => l.startsWith(`[${requestId}] internal error:`))).toBe(true);
      expect((await prod.fetch('/healthz')).status).toBe(503);
    } finally {
      await prod.stop().catch(() => undefined);
      await prod.database.drop();
    }
  });
});

describe('graphql-http audits', () => {
  it('passes every audit that a GraphQL-over-HTTP server must pass', async () => {
    const results = await Promise.all(serverAudits({ url: server.url, fetchFn: fetch }).map((audit) => audit.fn()));
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => r.name);
    const notices = results.filter((r) => r.status === 'notice').map((r) => r.name);
    expect(errors).toEqual([]);
    // Apollo answers 400 (not the recommended 200) to parse, validation and variable errors; those are the only warnings.
    expect(warnings.every((w) => /SHOULD use (a status code of )?200 status code|SHOULD use a status code of 200/.test(w))).toBe(true);
    console.log(
      `graphql-http audits: ${results.length} run; ${['ok', 'notice', 'warn', 'error'].map((s) => `${s} ${results.filter((r) => r.status === s).length}`).join(', ')}:\nwarnings:\n- ${warnings.join('\n- ')}\nnotices:\n- ${notices.join('\n- ')}`,
    );
  });
});
