/**
 * The project's copies of the source documents (seeds/source/), read once and kept as lines,
 * so that a page can show the very lines a fact was parsed from.
 */
import { existsSync, readFileSync } from 'fs';
import { inProject } from '../../project-root';

/** The most lines SourceRef.lines gives (the bound of its \`max\` argument), and how many when not asked. */
export const SOURCE_LINES_MAX = 200;
export const SOURCE_LINES_DEFAULT = 80;

const cache = new Map<string, string[] | null>();

/** A document's lines (index 0 is line 1), or null when the project has no such document. */
export function documentLines(document: string): string[] | null {
  if (!cache.has(document)) {
    // Only plain file names inside seeds/source: a name is never a path.
    const path = /^[\w.-]+\.txt$/.test(document) ? inProject('seeds/source', document) : null;
    cache.set(document, path && existsSync(path) ? readFileSync(path, 'utf8').split(/\r?\n/) : null);
  }
  return cache.get(document)!;
}
