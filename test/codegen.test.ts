/** The typed documents under test/generated and web/src/generated must be what codegen.yml makes from the current schema. */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const TARGETS = ['test/generated', 'web/src/generated'];

it('test/generated and web/src/generated are up to date with schema/schema.graphql (run npm run codegen)', () => {
  const root = join(__dirname, '..');
  const out = mkdtempSync(join(tmpdir(), 'teikei-codegen-'));
  try {
    // The same configuration, generating into a temporary folder (the CLI is ESM-only inside Jest, so run it).
    let config = readFileSync(join(root, 'codegen.yml'), 'utf8');
    for (const target of TARGETS) config = config.replace(`${target}/:`, `${join(out, target)}/:`);
    writeFileSync(join(out, 'codegen.yml'), config);
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', join(out, 'codegen.yml'), '--silent'],
      { cwd: root },
    );
    for (const target of TARGETS) {
      const generated = readdirSync(join(root, target)).sort();
      expect(
        readdirSync(join(out, target))
          .filter((f) => f.endsWith('.ts'))
          .sort(),
      ).toEqual(generated);
      for (const file of generated)
        expect(readFileSync(join(root, target, file), 'utf8')).toBe(readFileSync(join(out, target, file), 'utf8'));
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
