/**
 * `npm run export -- --format gexf [--out FILE] [--projection BIPARTITE] [--countries CN,KR] [--kinds SISTER_CITY] …`:
 * the network exports offline, over DATABASE_URL (loading the data first if the database is empty).
 * Flags are the query parameters of /export/… (every field of AgreementFilter, and projection),
 * plus --format (gexf, graphml, csv, nodes-csv) and --out (a file; without it, or with -, standard output).
 */
import { writeFileSync } from 'fs';
import { loadDatasetIfEmpty } from '../db/load-dataset';
import { openOrm } from '../db/orm';
import { configFromEnv, type Config } from '../config';
import { provenance } from '../modules/document/citation';
import { NetworkCache, networkOf } from '../modules/network/load-network';
import { networkFile, type ExportFormat } from '../network/network-files';
import { agreementFilterType, readExportOptions } from '../http/export-params';

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

/** Run the export as the CLI does: writes the file (or standard output) and returns the summary line. */
export async function runExport(
  argv: string[],
  config: Config = configFromEnv(),
  stdout: (text: string) => void = (text) => process.stdout.write(text),
): Promise<string> {
  const { format = 'gexf', out = '-', ...rest } = flags(argv);
  if (!FORMATS.includes(format as ExportFormat)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
  const options = readExportOptions(rest, await agreementFilterType(), config.limits);
  const orm = await openOrm(config.databaseUrl, config);
  try {
    await loadDatasetIfEmpty(orm);
    const { graph, figures } = await networkOf(orm.em.fork(), new NetworkCache(), options.filter, options.projection);
    const about = await provenance(orm.em.fork());
    const { body } = networkFile(graph, format as ExportFormat, { ...about, query: options.query });
    if (out === '-') stdout(body);
    else writeFileSync(out, body);
    return `wrote ${out === '-' ? 'standard output' : out}: ${figures.nodeCount} nodes, ${figures.edgeCount} edges (${options.projection})`;
  } finally {
    await orm.close();
  }
}

if (require.main === module) {
  // The summary goes to standard error, so that standard output is the file alone.
  runExport(process.argv.slice(2)).then(console.error, (e) => {
    console.error(`export failed: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
