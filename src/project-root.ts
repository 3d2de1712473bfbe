/** The project's root folder (where package.json is), from source or from the compiled `dist/`. */
import { existsSync } from 'fs';
import { dirname, join } from 'path';

function findRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) return dir;
  }
  throw new Error(`cannot find the project root (package.json and seeds/) above ${from}`);
}

export const PROJECT_ROOT = findRoot(__dirname);

/** A path inside the project. */
export const inProject = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
