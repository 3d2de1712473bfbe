/** The best-connected nodes drawn, as links: the network's way in for keyboards and screen readers. */
import type { NetworkQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { presentIn, type DrawGraph } from './draw-graph';

interface Props {
  network: NetworkQuery['network'];
  graph: DrawGraph;
  year: number | null;
}

export function TopNodes({ network, graph, year }: Props) {
  const { t } = useI18n();
  // Degree as of the year: the edges drawn then.
  const degreeOf = (id: string) =>
    year == null ? graph.degree(id) : graph.filterEdges(id, (_e, a) => presentIn(a.firstYear, year)).length;
  const top = network.nodes
    .filter((n) => n.kind === 'MUNICIPALITY' && presentIn(n.firstYear ?? null, year))
    .map((n) => ({ ...n, degree: degreeOf(n.id) }))
    .sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label, 'ja'))
    .slice(0, 10);
  return (
    <section aria-labelledby="top-title">
      <h2 id="top-title">{t('topNodes')}</h2>
      <ol class="top-nodes">
        {top.map((n) => (
          <li key={n.id}>
            <span class="swatch" style={{ background: graph.getNodeAttribute(n.id, 'color') }} aria-hidden="true" />
            <a href={`/municipalities/${n.id}`}>{graph.getNodeAttribute(n.id, 'label')}</a> <small>{t('degreeN', { n: n.degree })}</small>
          </li>
        ))}
      </ol>
    </section>
  );
}
