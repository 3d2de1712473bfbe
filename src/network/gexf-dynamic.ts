/**
 * graphology-gexf writes static GEXF only. Gephi replays a network's growth from a dynamic
 * one (GEXF 1.3 primer: `<graph mode="dynamic" timeformat="integer">`, `start` on each
 * element that appears at some time; one without `start` is there throughout). This turns
 * the writer's output into that, through a real XML parser rather than text edits.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

/** The GEXF text with `mode="dynamic"`, `timeformat="integer"` and `start` (a year) on each edge `startOf` dates. */
export function makeDynamic(gexf: string, startOf: (edgeId: string) => number | null): string {
  const doc = new DOMParser().parseFromString(gexf, 'application/xml');
  const graph = doc.getElementsByTagName('graph')[0];
  if (!graph) throw new Error('GEXF without <graph>');
  graph.setAttribute('mode', 'dynamic');
  graph.setAttribute('timeformat', 'integer');
  const edges = doc.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const start = startOf(edges[i].getAttribute('id')!);
    if (start != null) edges[i].setAttribute('start', String(start));
  }
  return new XMLSerializer().serializeToString(doc);
}
