/** The example queries (the contract's and the project's own) with their variables, and where the contract lives. */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';

/** The project's copy of the client contract (kept identical to ../shared/contract when that is present). */
export const CONTRACT_COPY = join(__dirname, '../schema/contract');
/** The shared contract beside the checkout, when it is there. */
export const SHARED_CONTRACT = join(__dirname, '../../shared/contract');
const EXAMPLE_DIRS = [join(CONTRACT_COPY, 'examples'), join(__dirname, '../schema/examples')];

const variables = JSON.parse(readFileSync(join(__dirname, '../schema/examples/variables.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

export interface Example {
  file: string;
  query: string;
  variables: Record<string, unknown>;
  contract: boolean;
}

export const EXAMPLES: Example[] = EXAMPLE_DIRS.flatMap((dir, i) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, query: readFileSync(join(dir, file), 'utf8'), variables: variables[file] ?? {}, contract: i === 0 })),
);

export const sharedContractPresent = existsSync(join(SHARED_CONTRACT, 'minimum.graphql'));
