/**
 * seeds/documents.json: title, publisher and year of each source document, for the
 * `Document` type and the citation every export carries. Each fact cites the line of the
 * document that states it, and the ingest checks the line says so; a supplied title (the
 * document prints none) is written in [brackets], and an unstated publisher or year is null.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { DocumentRecord } from '../records/records';

interface DocumentEntry extends DocumentRecord {
  evidence: Array<{ line: number; text: string }>;
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** The documents of `file`, each checked against its text in `sourceDir`; throws naming the document and line. */
export function readDocuments(file: string, sourceDir: string): DocumentRecord[] {
  const { documents } = JSON.parse(readFileSync(file, 'utf8')) as { documents: DocumentEntry[] };
  return documents.map(({ evidence, ...d }) => {
    const fail = (problem: string): never => {
      throw new Error(`seeds/documents.json, ${d.file}: ${problem}`);
    };
    if (!existsSync(join(sourceDir, d.file))) fail('no such file in seeds/source');
    if (!d.title || !d.titleEn) fail('needs title and titleEn');
    if (d.year != null && !Number.isInteger(d.year)) fail(`year "${d.year}" is not a year`);
    const lines = readFileSync(join(sourceDir, d.file), 'utf8').split('\n');
    for (const { line, text } of evidence) {
      if (!squash(lines[line - 1] ?? '').includes(squash(text))) fail(`line ${line} does not say "${text}"`);
    }
    if (!d.title.startsWith('[') && !evidence.some((e) => squash(d.title).includes(squash(e.text))))
      fail(`the title "${d.title}" is not on a cited line; a supplied title goes in [brackets]`);
    return { file: d.file, title: d.title, titleEn: d.titleEn, publisher: d.publisher, year: d.year };
  });
}
