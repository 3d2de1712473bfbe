/** The figures of the network shown (as of the year, from the API) beside what is drawn. */
import type { FiguresFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n';

interface Props {
  figures: FiguresFragment | undefined;
  drawn: { nodes: number; edges: number } | null;
  year: number | null;
}

export function FiguresPanel({ figures, drawn, year }: Props) {
  const { t, num } = useI18n();
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{year == null ? t('figures') : t('figuresAsOf', { year })}</h2>
      {figures ? (
        <dl class="figures" data-testid="figures" data-nodes={figures.nodeCount} data-edges={figures.edgeCount}>
          <dt>{t('nodes')}</dt>
          <dd>{num(figures.nodeCount)}</dd>
          <dt>{t('edges')}</dt>
          <dd>{num(figures.edgeCount)}</dd>
          <dt>{t('components')}</dt>
          <dd>
            {num(figures.components)} <small>({t('largest', { n: figures.largestComponent })})</small>
          </dd>
          <dt>{t('communities')}</dt>
          <dd>{num(figures.communities)}</dd>
          <dt>{t('modularity')}</dt>
          <dd>{num(figures.modularity, 3)}</dd>
          <dt>{t('density')}</dt>
          <dd>{num(figures.density, 4)}</dd>
        </dl>
      ) : (
        <p class="loading">{t('loading')}</p>
      )}
      {drawn && figures && (drawn.nodes !== figures.nodeCount || drawn.edges !== figures.edgeCount) && (
        <p class="warning">{t('drawnDiffers', { nodes: drawn.nodes, edges: drawn.edges })}</p>
      )}
    </section>
  );
}
