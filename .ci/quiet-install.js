// A quiet install (#16): reads what `npm ci` printed (a file, or standard input) and fails on the warnings that
// must not come back, naming the package each is about:
//   - EBADENGINE: a package that says it does not support this Node (the project runs on Node 20 and 24);
//   - install-scripts: a package whose install script package.json's allowScripts neither approves nor denies.
// Any other npm warning is shown, not failed on.
//   node .ci/quiet-install.js npm-ci.log [label]
'use strict';
const { readFileSync } = require('node:fs');

const [file, label = 'npm ci'] = process.argv.slice(2);
const lines = readFileSync(file ?? 0, 'utf8').split('\n');
const problems = [];
const others = [];

for (let i = 0; i < lines.length; i++) {
  const line = lines[i];
  if (/npm warn EBADENGINE Unsupported engine/.test(line)) {
    // npm prints one block per package: package, required, current, each on its own line.
    const block = lines.slice(i, i + 5).join('\n');
    const pkg = /package: '([^']+)'/.exec(block)?.[1] ?? '(unnamed)';
    const required = /required: \{ ([^}]*) \}/.exec(block)?.[1] ?? '?';
    const current = /current: \{ node: '([^']+)'/.exec(block)?.[1] ?? process.version;
    const name = pkg.replace(/@[^@]*$/, '');
    problems.push(
      `${pkg} requires ${required}, not ${current} (EBADENGINE). Pick a version of it (or of what brings it in: npm ls ${name})` +
        ' that supports Node 20 and 24, or pin its last such version in package.json "overrides".',
    );
  } else if (/^npm warn install-scripts\s+\S+@\S+ \(/.test(line)) {
    const [, pkg, script] = /^npm warn install-scripts\s+(\S+@\S+) \((.*)\)$/.exec(line) ?? [line, line, '?'];
    const name = pkg.replace(/@[^@]*$/, '');
    problems.push(
      `${pkg} has an install script (${script}) that package.json's allowScripts does not cover. Read what it does,` +
        ` then: npm install-scripts approve ${name}  (or deny ${name}), and commit package.json.`,
    );
  } else if (/^npm warn /.test(line) && !/EBADENGINE|install-scripts/.test(line)) {
    others.push(line);
  }
}

if (others.length) console.log(`${label}: other warnings (not failed on):\n  ${others.join('\n  ')}`);
if (problems.length) {
  const unique = [...new Set(problems)];
  console.log(`${label} is not quiet: ${unique.length} warning(s) to fix`);
  for (const p of unique) console.log(`  - ${p}`);
  process.exit(1);
}
console.log(`${label}: no EBADENGINE, no unapproved install script`);
