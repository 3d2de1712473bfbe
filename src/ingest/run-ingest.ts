/**
 * The ingest as a function: source text + decisions → the dataset JSON text.
 * Used by the CLI and by the test that checks the checked-in file is reproduced.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { readCurated } from './curated';
import { buildDataset } from './dataset';
import { parseDecisions } from './decisions';
import { PROJECT_ROOT } from '../project-root';
import { readDocuments } from './documents';
import { enrichPlaces, readReference } from './reference/enrich-places';
import type { Dataset } from '../records/records';

export const SOURCE_DOCUMENT = '004_e59d51f378d5a747.txt';

export interface IngestPaths {
  source: string;
  decisions: string;
  output: string;
  /** Folder of the curated files of the other documents (seeds/curated). */
  curated: string;
  /** Folder of the reference data on places (seeds/reference). */
  reference: string;
  /** Title, publisher and year of each source document (seeds/documents.json). */
  documents: string;
}

/** Where the project keeps its copy of the source and its normalised data. */
export function defaultPaths(root = PROJECT_ROOT): IngestPaths {
  return {
    source: join(root, 'seeds/source', SOURCE_DOCUMENT),
    decisions: join(root, 'seeds/decisions.json'),
    output: join(root, 'seeds/clair-2012.json'),
    curated: join(root, 'seeds/curated'),
    reference: join(root, 'seeds/reference'),
    documents: join(root, 'seeds/documents.json'),
  };
}

/** Run the parser; returns the dataset and its canonical JSON text. */
export function ingest(paths: IngestPaths): { dataset: Dataset; json: string } {
  const text = readFileSync(paths.source, 'utf8');
  const decisions = parseDecisions(JSON.parse(readFileSync(paths.decisions, 'utf8')));
  const curated = readCurated(paths.curated, dirname(paths.source));
  const parsed = buildDataset(text, SOURCE_DOCUMENT, decisions, curated);
  const dataset = {
    ...parsed,
    documents: readDocuments(paths.documents, dirname(paths.source)),
    municipalities: enrichPlaces(parsed.municipalities, readReference(paths.reference)),
  };
  return { dataset, json: `${JSON.stringify(dataset, null, 1)}\n` };
}
