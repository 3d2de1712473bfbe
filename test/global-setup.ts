/**
 * Before the suite: compile the project (`npm run build`, incremental: seconds on an unchanged
 * tree), so that tests can run the real command-line programs from dist/ as users do.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';

export default function globalSetup(): void {
  const root = join(__dirname, '..');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}
