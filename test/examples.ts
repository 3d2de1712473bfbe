/** The example queries under schema/examples with their variables, and where the contract lives. */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';

export const EXAMPLES_DIR = join(__dirname, '../schema/examples');
/** The shared contract when it is beside the checkout, else the project's copy. */
export const CONTRACT_DIR = [join(__dirname, '../../shared/contract'), join(__dirname, 'contract')].find((d) => existsSync(join(d, 'minimum.graphql')))!;

const variables = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;

export interface Example { file: string; query: string; variables: Record<string, unknown> }

export const EXAMPLES: Example[] = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql')).sort()
  .map((file) => ({ file, query: readFileSync(join(EXAMPLES_DIR, file), 'utf8'), variables: variables[file] ?? {} }));
