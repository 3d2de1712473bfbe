/**
 * `npm run synth -- --scale 100 [--seed S] [--out FILE] [--database URL]`: write the
 * synthetic dataset (synthesize.ts) to FILE (default data/synth-100.json) and load it with
 * the normal loader into URL (default sqlite:data/synth-100.sqlite; never the real
 * database unless named), replacing what it holds in one transaction.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { parseArgs } from 'util';
import { DEFAULT_DATASET, replaceDataset } from '../db/load-dataset';
import { openOrm } from '../db/orm';
import { configFromEnv } from '../config';
import { inProject } from '../project-root';
import type { Dataset } from '../records/records';
import { synthesize } from '../synth/synthesize';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { scale: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, database: { type: 'string' } },
  });
  if (!values.scale) throw new Error('give --scale N (e.g. --scale 10)');
  const scale = Number(values.scale);
  const out = values.out ?? inProject(`data/synth-${scale}.json`);
  const database = values.database ?? `sqlite:${inProject(`data/synth-${scale}.sqlite`)}`;

  const started = Date.now();
  const data = synthesize(JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) as Dataset, { scale, seed: values.seed });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(data));
  const orm = await openOrm(database, configFromEnv());
  try {
    await replaceDataset(orm, out);
  } finally {
    await orm.close();
  }
  console.log(
    `×${scale}: ${data.agreements.length} agreements, ${data.listings.length} listings, ${data.municipalities.length} municipalities` +
      ` → ${out}, loaded into ${database} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`synth failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
