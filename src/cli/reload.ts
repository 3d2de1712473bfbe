/**
 * `npm run db:reload [-- FILE]`: replace the data in DATABASE_URL with seeds/clair-2012.json
 * (or FILE) in one transaction. A file that does not validate changes nothing.
 */
import { replaceDataset, DEFAULT_DATASET } from '../db/load-dataset';
import { openOrm } from '../db/orm';
import { configFromEnv } from '../config';

async function main(path = DEFAULT_DATASET): Promise<void> {
  const config = configFromEnv();
  const orm = await openOrm(config.databaseUrl, config);
  try {
    const result = await replaceDataset(orm, path);
    if (result.loaded)
      console.log(
        `replaced the data with ${path}: ${result.agreements} agreements, ${result.listings} listings. Running servers see it within DATA_VERSION_POLL_MS.`,
      );
  } finally {
    await orm.close();
  }
}

main(process.argv[2]).catch((e) => {
  console.error(`reload failed, nothing changed: ${(e as Error).message}`);
  process.exitCode = 1;
});
