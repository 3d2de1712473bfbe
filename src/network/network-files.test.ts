/**
 * #18: the GEXF and GraphML writers write characters XML 1.0 forbids (C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) as U+FFFD, so that a
 * hand-made graph carrying them in ids, labels and attributes gives files that strict parsers
 * (expat, through python3 where the machine has it) and the parsers users load them with
 * (@xmldom/xmldom, graphology-gexf, graphology-graphml) read back without errors.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { buildGraph, type AgreementInput, type PartyInput } from './network-graph';
import { toGexf, toGraphml } from './network-files';
import type { FileProvenance } from './file-provenance';
import { xmlText } from './xml-text';

/** Every kind of character XML 1.0 forbids (the two lone surrogates kept apart: side by side they would be a pair). */
const FORBIDDEN = ['\u0000', '\uD800', '\u0001', '\u0008', '\uDC00', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF'];
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

const party = (key: string, name: string, nameEn: string | null): PartyInput => ({
  key,
  name,
  fullName: `${name} (full)`,
  kind: 'CITY',
  country: 'JP',
  side: 'DOMESTIC',
  code: '01\u000200',
  nameEn,
  lat: 43.06,
  lng: 141.35,
});

const agreements: AgreementInput[] = [
  {
    key: 'x\u00011',
    id: 'id\uFFFF1',
    title: `bell\u0007 and ${FORBIDDEN.join('')} in a title`,
    year: 2001,
    kind: 'SISTER_CITY',
    categoryCodes: [1],
    parties: [party('a\u0000', `na${FORBIDDEN.join('|')}me`, 'Tab\tand 𠮷 stay'), party('b\uD800', 'b\u001Bname', '\uFFFEeng')],
  },
];
const about: FileProvenance = {
  version: '0123456789ab',
  documents: [{ file: 'f.txt', title: 'title\u0003', titleEn: 'Title', publisher: null, year: null }],
  citation: 'cite\u0004 me',
  query: 'projection=MUNICIPALITY',
};

const gexfOf = (graph: Graph) => toGexf(graph as never, about);
const graphmlOf = (graph: Graph) => toGraphml(graph as never, about);

/** xmldom with every warning and error collected. */
function strictDom(text: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  const collect = (level: string) => (message: string) => errors.push(`${level}: ${message}`);
  const parser = new DOMParser({ errorHandler: { warning: collect('warning'), error: collect('error'), fatalError: collect('fatal') } });
  return { doc: parser.parseFromString(text, 'application/xml'), errors };
}

const hasPython = spawnSync('python3', ['-c', 'import xml.etree.ElementTree']).status === 0;

describe('xmlText', () => {
  it('replaces each forbidden character with U+FFFD and keeps every allowed one', () => {
    expect(xmlText(`a${FORBIDDEN.join('')}b`)).toBe(`a${'\uFFFD'.repeat(FORBIDDEN.length)}b`);
    const allowed = 'tab\t lf\n cr\r 😀 𠮷 \u007F \u0085 \uE000 \uFFFD end';
    expect(xmlText(allowed)).toBe(allowed);
    expect(xmlText('a\u0001b')).toBe('a\uFFFDb'); // not "ab": the two sides stay apart
  });
});

describe.each([
  ['GEXF', gexfOf],
  ['GraphML', graphmlOf],
] as const)('%s of a graph carrying characters XML forbids', (format, write) => {
  for (const projection of ['MUNICIPALITY', 'BIPARTITE'] as const) {
    const text = write(buildGraph(agreements, projection));

    it(`(${projection}) holds none of them`, () => {
      expect(FORBIDDEN_IN_XML.test(text)).toBe(false);
      expect(text).toContain('\uFFFD');
    });

    it(`(${projection}) parses without a warning or error in xmldom and in graphology, ids and labels replaced`, () => {
      const { doc, errors } = strictDom(text);
      expect(errors).toEqual([]);
      const graph = format === 'GEXF' ? parseGexf(Graph, doc) : parseGraphml(Graph, doc);
      expect(graph.order).toBe(projection === 'BIPARTITE' ? 3 : 2);
      expect(graph.hasNode('a\uFFFD')).toBe(true);
      expect(graph.hasNode('b\uFFFD')).toBe(true);
      const label = graph.getNodeAttribute('a\uFFFD', 'label') as string;
      expect(label).toBe(`na${FORBIDDEN.map(() => '\uFFFD').join('|')}me (full)`);
      expect(graph.getNodeAttribute('b\uFFFD', 'nameEn')).toBe('\uFFFDeng');
      expect(graph.getNodeAttribute('a\uFFFD', 'nameEn')).toBe('Tab\tand 𠮷 stay'); // what XML allows is kept
      if (projection === 'BIPARTITE') expect(graph.getNodeAttribute('x\uFFFD1', 'label')).toMatch(/^bell\uFFFD and \uFFFD{10} in a title$/);
    });

    (hasPython || process.env.CI ? it : it.skip)(`(${projection}) is well-formed for expat (python3)`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'teikei-xml-'));
      try {
        const file = join(dir, `graph.${format.toLowerCase()}`);
        writeFileSync(file, text);
        const run = spawnSync('python3', ['-c', 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])', file], {
          encoding: 'utf8',
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
