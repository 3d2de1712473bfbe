/** What every export file says about itself: the data's version, its sources and how to cite it. */

export interface FileProvenance {
  /** Dataset version (the loaded dataset's checksum, 12 hex digits). */
  version: string;
  /** Source documents: publisher, year, title, file. */
  documents: Array<{ file: string; title: string; titleEn: string; publisher: string | null; year: number | null }>;
  /** The suggested citation. */
  citation: string;
  /** The filter and projection the file was made with, as query parameters (countries=CN&projection=MUNICIPALITY). */
  query: string;
}

/** One line per source document: "publisher (year). title. file". */
export const documentLines = (p: FileProvenance) =>
  p.documents.map((d) => `${d.publisher ?? '(publisher not stated)'} (${d.year ?? 'n.d.'}). ${d.title} / ${d.titleEn}. ${d.file}`);

/** The provenance as lines of text (CSV header comments, GraphML <desc>). */
export function provenanceLines(p: FileProvenance): string[] {
  return [
    `Teikei Graph export, dataset version ${p.version}${p.query ? `, made with ${p.query}` : ''}.`,
    'Sources:',
    ...documentLines(p).map((l) => `  ${l}`),
    `Suggested citation: ${p.citation}`,
  ];
}
