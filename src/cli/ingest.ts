/**
 * `npm run ingest` — parse seeds/source/004…txt with seeds/decisions.json and write
 * seeds/clair-2012.json. `npm run ingest -- --check` writes nothing and fails when the
 * checked-in file is not what the parser makes.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { parseArgs } from 'util';
import { defaultPaths, ingest } from '../ingest/run-ingest';

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean', default: false } } });
  const check = values.check;
  const paths = defaultPaths();
  let result;
  try {
    result = ingest(paths);
  } catch (e) {
    console.error(`ingest failed: ${(e as Error).message}`);
    return 1;
  }
  const { dataset, json } = result;
  const summary = `${dataset.listings.length} listings, ${dataset.agreements.length} agreements, ${dataset.municipalities.length} municipalities, ${dataset.decisions.length} decisions applied`;
  if (check) {
    const current = existsSync(paths.output) ? readFileSync(paths.output, 'utf8') : '';
    if (current !== json) {
      console.error(`${paths.output} is not what the parser makes: run npm run ingest`);
      return 1;
    }
    console.log(`ok: ${summary}`);
    return 0;
  }
  writeFileSync(paths.output, json);
  console.log(`wrote ${paths.output}: ${summary}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
