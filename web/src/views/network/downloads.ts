/** The network picture as a file: PNG through sigma's image export, SVG written from what is drawn. */
import { downloadAsPNG } from '@sigma/export-image';
import { presentIn, type DrawGraph, type DrawSigma } from './draw-graph';

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

export function downloadPng(sigma: DrawSigma, fileName: string): Promise<void> {
  // The image export is typed for sigma's default attributes; it reads none of ours.
  return downloadAsPNG(sigma as unknown as Parameters<typeof downloadAsPNG>[0], { fileName, backgroundColor: '#ffffff' });
}

/** The drawing as it is on screen (camera, year) as SVG: edges, then nodes, then the labels of the larger nodes. */
export function toSvg(sigma: DrawSigma, graph: DrawGraph, year: number | null): string {
  const { width, height } = sigma.getDimensions();
  const at = (node: string) => {
    const d = sigma.getNodeDisplayData(node)!;
    return { ...sigma.framedGraphToViewport(d), size: sigma.scaleSize(d.size) };
  };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  graph.forEachEdge((_e, a, s, t) => {
    if (!presentIn(a.firstYear, year)) return;
    const [p, q] = [at(s), at(t)];
    out.push(
      `<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${a.color}" stroke-width="${a.size}"/>`,
    );
  });
  const labels: string[] = [];
  graph.forEachNode((node, a) => {
    if (!presentIn(a.firstYear, year)) return;
    const p = at(node);
    out.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.size.toFixed(1)}" fill="${a.color}"><title>${escapeXml(a.label)}</title></circle>`,
    );
    if (p.size >= 6)
      labels.push(`<text x="${(p.x + p.size + 2).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-size="12">${escapeXml(a.label)}</text>`);
  });
  out.push(...labels, '</svg>');
  return out.join('\n');
}

/** Offer `text` as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
