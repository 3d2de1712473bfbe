/**
 * What others may do with the project depends on what it is built from: no direct dependency
 * under a copyleft licence (GPL, AGPL, LGPL, or a share-alike data licence), and no vendored
 * reference file without its licence stated in seeds/reference/README.md.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { inProject } from '../src/project-root';

interface Manifest {
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const manifest = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

/** The licence a package declares (SPDX expression, or the old object and array forms), or null for none. */
function declaredLicence(m: Manifest): string | null {
  if (typeof m.license === 'string') return m.license;
  if (m.license?.type) return m.license.type;
  const types = (m.licenses ?? []).map((l) => l.type).filter(Boolean);
  return types.length > 0 ? types.join(' OR ') : null;
}

/**
 * GPL, AGPL or LGPL anywhere in an SPDX expression (GPL-3.0-only, LGPL-2.1+, "(MIT OR GPL-2.0)" …),
 * and the share-alike data licences that would bind the dataset made with them (ODbL, CC BY-SA).
 */
const COPYLEFT = /(^|[^A-Z])(A|L)?GPL|ODbL|CC-BY-SA/i;

describe('licences', () => {
  const project = manifest(inProject('package.json'));
  const direct = Object.keys({ ...project.dependencies, ...project.devDependencies, ...project.optionalDependencies });

  it('recognises copyleft licences in SPDX expressions', () => {
    for (const copyleft of [
      'GPL-3.0',
      'GPL-2.0-only',
      'AGPL-3.0-or-later',
      'LGPL-2.1+',
      '(MIT OR GPL-3.0)',
      'gpl',
      'ODbL-1.0',
      'CC-BY-SA-4.0',
    ])
      expect([copyleft, COPYLEFT.test(copyleft)]).toEqual([copyleft, true]);
    for (const permissive of ['MIT', 'ISC', 'Apache-2.0', 'BlueOak-1.0.0', 'CC-BY-4.0', 'BSD-3-Clause', '0BSD'])
      expect([permissive, COPYLEFT.test(permissive)]).toEqual([permissive, false]);
  });

  it('no direct dependency is GPL, AGPL or LGPL, and each declares a licence', () => {
    expect(direct.length).toBeGreaterThan(20);
    const licences = direct.map((name) => [name, declaredLicence(manifest(inProject('node_modules', name, 'package.json')))] as const);
    expect(licences.filter(([, licence]) => licence == null)).toEqual([]);
    expect(licences.filter(([, licence]) => COPYLEFT.test(licence!))).toEqual([]);
  });

  it('every vendored reference file has a licence line in seeds/reference/README.md', () => {
    const dir = inProject('seeds/reference');
    const files = (
      readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>
    )
      .filter((f) => f.isFile() && f.name !== 'README.md')
      .map((f) => relative(dir, join(f.parentPath, f.name)));
    expect(files.length).toBeGreaterThanOrEqual(6);
    // The table: | `file` | what | source | licence |
    const licenceOf = new Map<string, string>();
    for (const line of readFileSync(join(dir, 'README.md'), 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
      if (file && cells.length >= 6) licenceOf.set(file, cells[cells.length - 2]);
    }
    expect(files.filter((f) => !licenceOf.get(f))).toEqual([]);
  });
});
