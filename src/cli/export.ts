/**
 * `npm run export -- --format gexf --out FILE [--projection BIPARTITE] [--countries CN,KR] …`:
 * the network exports offline, over DATABASE_URL (loading the data first if the database is empty).
 * Flags are the query parameters of /export/…, plus --format (gexf, graphml, csv, nodes-csv) and --out.
 */
import { writeFileSync } from 'fs';
import { loadDatasetIfEmpty } from '../db/load-dataset';
import { openOrm } from '../db/orm';
import { configFromEnv, type Config } from '../config';
import { NetworkCache, networkOf } from '../modules/network/load-network';
import { networkFile, type ExportFormat } from '../network/network-files';
import { readExportOptions } from '../http/export-params';

const FORMATS: ExportFormat[] = ['gexf', 'graphml', 'csv', 'nodes-csv'];

function flags(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([A-Za-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument "${argv[i]}"; flags look like --format gexf`);
    out[m[1]] = m[2] ?? argv[++i] ?? '';
  }
  return out;
}

/** Run the export as the CLI does; returns the summary line. */
export async function runExport(argv: string[], config: Config = configFromEnv()): Promise<string> {
  const { format = 'gexf', out, ...rest } = flags(argv);
  if (!FORMATS.includes(format as ExportFormat)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  if (!out) throw new Error('--out FILE is required');
  const options = readExportOptions(rest);
  const orm = await openOrm(config.databaseUrl, config);
  try {
    await loadDatasetIfEmpty(orm);
    const { graph, figures } = await networkOf(orm.em.fork(), new NetworkCache(), options.filter, options.projection);
    writeFileSync(out, networkFile(graph, format as ExportFormat).body);
    return `wrote ${out}: ${figures.nodeCount} nodes, ${figures.edgeCount} edges (${options.projection})`;
  } finally {
    await orm.close();
  }
}

if (require.main === module) {
  runExport(process.argv.slice(2)).then(console.log, (e) => {
    console.error(`export failed: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
