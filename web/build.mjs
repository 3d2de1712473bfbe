// Builds the explorer (web/ → dist/web/) with Vite, but only when its sources changed: the hash of
// every file under web/ and of the lockfile is kept in dist/web/.source-hash, so `npm start` on an
// unchanged tree skips the build. `node web/build.mjs --force` builds anyway.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const root = dirname(web);
const out = join(root, 'dist/web');
const stampFile = join(out, '.source-hash');

/** Every file under `dir`, sorted, as paths relative to the project. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

const hash = createHash('sha256');
for (const file of [...files(web), join(root, 'package-lock.json')]) {
  hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');
const force = process.argv.includes('--force');

if (!force && existsSync(stampFile) && existsSync(join(out, 'index.html')) && readFileSync(stampFile, 'utf8') === digest) {
  process.exit(0);
}
const started = performance.now();
const { build } = await import('vite');
await build({ configFile: join(web, 'vite.config.mts'), logLevel: 'warn' });
writeFileSync(stampFile, digest);
console.log(`explorer built into dist/web in ${((performance.now() - started) / 1000).toFixed(1)} s`);
