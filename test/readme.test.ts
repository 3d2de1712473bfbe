/**
 * The README's tables of environment variables say what src/config.ts reads: every variable the
 * code reads is in a table with its default, no table names a variable the code does not read,
 * and nothing else under src/ reads the environment (the README says config.ts is the one place).
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { DEFAULT_CONFIG, DEFAULT_LIMITS } from '../src/config';

const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const configSource = readFileSync(join(root, 'src/config.ts'), 'utf8');

/** Each variable config.ts reads, with the default the code gives it (undefined: none, or not a number or switch). */
function variablesInCode(): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const defaults = DEFAULT_CONFIG as unknown as Record<string, unknown>;
  for (const [, key, name] of configSource.matchAll(/(\w+): (?:integerFromEnv|flagFromEnv|originsFromEnv)\(env, '([A-Z0-9_]+)'/g))
    found.set(name, defaults[key]);
  const limits = DEFAULT_LIMITS as unknown as Record<string, unknown>;
  for (const [, key, name] of configSource.matchAll(/(\w+): '(LIMIT_[A-Z0-9_]+)'/g)) found.set(name, limits[key]);
  for (const [, name] of configSource.matchAll(/env\.([A-Z0-9_]+)/g)) if (!found.has(name)) found.set(name, undefined);
  return found;
}

/** The rows of the README's table whose header starts with `header`, as arrays of cells. */
function tableRows(header: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1));
  }
  return rows;
}

/** The variables a cell names in backticks (`PORT`, `HOST`; `LIMIT_*` stands for the limits' table). */
const namesIn = (cell: string) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*\*?)`/g)].map((m) => m[1]);

/** Each variable the README's two tables name, with the row's default cell. */
function variablesInReadme(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [names, defaults] of tableRows('| variable | default | meaning |'))
    for (const name of namesIn(names)) if (name !== 'LIMIT_*') found.set(name, defaults);
  for (const [, defaults, names] of tableRows('| limit | default | variable | past it |'))
    for (const name of namesIn(names)) if (!found.has(name)) found.set(name, defaults);
  return found;
}

it('names every variable src/config.ts reads, and none that it does not', () => {
  const code = [...variablesInCode().keys()].sort();
  expect(code.length).toBeGreaterThan(20);
  expect([...variablesInReadme().keys()].sort()).toEqual(code);
});

it('gives each variable the default the code has', () => {
  const readmeDefaults = variablesInReadme();
  const wrong: string[] = [];
  for (const [name, value] of variablesInCode()) {
    const cell = readmeDefaults.get(name) ?? '';
    const shown =
      typeof value === 'number'
        ? [String(value), value.toLocaleString('en-US')]
        : typeof value === 'boolean'
          ? [value ? 'on' : 'off']
          : null; // a default in words (unset, any origin, cores − 1)
    if (shown && !shown.some((s) => new RegExp(`(?<![\\d,])${s}(?!\\d|,\\d)`).test(cell)))
      wrong.push(`${name}: the code's default is ${String(value)}, the README's "${cell.trim()}"`);
  }
  expect(wrong).toEqual([]);
});

it('reads the environment in src/config.ts only', () => {
  const readers: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !path.endsWith(join('src', 'config.ts')))
        if (/process\.env\b/.test(readFileSync(path, 'utf8'))) readers.push(path.slice(root.length + 1));
    }
  };
  walk(join(root, 'src'));
  expect(readers).toEqual([]);
});
