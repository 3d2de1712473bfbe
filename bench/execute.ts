/**
 * `npm run bench:execute [-- SCENARIO]` (by hand): the time one execution of a scenario takes in
 * this process, without HTTP or Apollo — the resolvers, loaders and SQL of the uncached path.
 */
import 'reflect-metadata';
import { execute, parse, type DocumentNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { openOrm } from '../src/db/orm';
import { datasetVersion, loadDatasetIfEmpty } from '../src/db/load-dataset';
import { ReferenceData } from '../src/db/reference-data';
import { ensureSearchIndex } from '../src/db/search-index';
import { createContext } from '../src/graphql/context';
import { getSchema } from '../src/graphql/schema';
import { NetworkCache } from '../src/modules/network/load-network';
import { SCENARIOS } from './harness';

async function main() {
  const name = process.argv[2] ?? 'five-levels';
  const scenario = SCENARIOS[name];
  const orm = await openOrm(process.env.DATABASE_URL ?? 'sqlite:///tmp/exp/execute.sqlite');
  await loadDatasetIfEmpty(orm);
  await ensureSearchIndex(orm.em.fork());
  const reference = await ReferenceData.read(orm.em.fork(), await datasetVersion(orm), () => undefined);
  const schema = await getSchema();
  const document: DocumentNode = parse(scenario.query);
  const networks = new NetworkCache();
  const jit = compileQuery(schema, document);
  if (!isCompiledQuery(jit)) throw new Error(JSON.stringify(jit));
  const runs: Record<string, () => Promise<unknown>> = {
    'graphql-js': async () =>
      execute({ schema, document, variableValues: scenario.variables, contextValue: createContext(orm.em, networks, reference) }),
    'graphql-jit': async () => jit.query(undefined, createContext(orm.em, networks, reference), scenario.variables),
  };
  const first = JSON.stringify(await runs['graphql-js']());
  if (JSON.stringify(await runs['graphql-jit']()) !== first) console.log('answers differ');
  const only = process.env.EXECUTE_ONLY;
  for (let round = 0; round < Number(process.env.EXECUTE_ROUNDS ?? 3); round++) {
    for (const [label, run] of Object.entries(runs)) {
      if (only && label !== only) continue;
      const n = 40;
      const t = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      for (let i = 0; i < n; i++) await run();
      const used = process.cpuUsage(cpu);
      const ms = (Number(process.hrtime.bigint() - t) / 1e6 / n).toFixed(2);
      console.log(`${label}: ${ms} ms, CPU ${((used.user + used.system) / 1e3 / n).toFixed(2)} ms`);
    }
  }
  await orm.close();
}
void main();
