/** Downloads of the current view: the filtered network for Gephi, Cytoscape, R or NetworkX, and the picture. */
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n';
import { withQuery } from '../../router';
import type { DrawGraph, DrawSigma } from './draw-graph';
import { downloadPng, downloadText, toSvg } from './downloads';
import { exportQuery, type NetworkParams } from './network-params';

interface Props {
  params: NetworkParams;
  sigma: DrawSigma | null;
  graph: DrawGraph | null;
}

const FILES = [
  ['network.gexf', 'GEXF'],
  ['network.graphml', 'GraphML'],
  ['network.csv', 'CSV (edges)'],
  ['nodes.csv', 'CSV (nodes)'],
] as const;

export function Downloads({ params, sigma, graph }: Props) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const query = exportQuery(params);
  const png = () => {
    if (!sigma) return;
    setFailed(false);
    downloadPng(sigma, 'teikei-network').catch(() => setFailed(true));
  };
  const svg = () => sigma && graph && downloadText(toSvg(sigma, graph, params.year), 'teikei-network.svg', 'image/svg+xml');
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('downloads')}</h2>
      <ul class="downloads">
        {FILES.map(([file, name]) => (
          <li key={file}>
            <a href={withQuery(`/export/${file}`, query)} download>
              {name}
            </a>
          </li>
        ))}
        <li>
          <button type="button" onClick={png} disabled={!sigma}>
            PNG
          </button>
        </li>
        <li>
          <button type="button" onClick={svg} disabled={!sigma}>
            SVG
          </button>
        </li>
      </ul>
      {failed && <p role="alert">{t('pngFailed')}</p>}
    </section>
  );
}
