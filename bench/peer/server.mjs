/**
 * PostGraphile v5 over the project's PostgreSQL database, the peer of `npm run bench:peer`:
 * the amber preset (simplified inflection), Node's own http server (grafserv/node), no
 * GraphiQL, no watch mode, and one pg pool of 10 connections.
 *
 *   DATABASE_URL=postgresql://… PORT=5678 node bench/peer/server.mjs   (PORT=0: any free port)
 *
 * Counts the SQL statements it sends (COUNT_SQL=1): started with an IPC channel, it answers the
 * message "statements" with the number sent so far, so that a benchmark can take the difference
 * around one request.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';

const port = Number(process.env.PORT ?? 5678);
let statements = 0;
if (process.env.COUNT_SQL === '1') {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    statements++;
    return query.apply(this, args);
  };
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { port, graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
process.on('message', (m) => {
  if (m === 'statements') process.send({ statements });
});
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => {
  console.log(`PostGraphile ready at http://127.0.0.1:${server.address().port}/graphql`);
});
const stop = () =>
  server.close(() =>
    pgl
      .release()
      .then(() => pool.end())
      .then(() => process.exit(0)),
  );
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
