/** What the colours and lines mean. */
import { useI18n } from '../../i18n';
import { CLIQUE_COLOUR, EDGE_COLOUR, OTHER_COLOUR, PALETTE, type LegendEntry } from './draw-graph';
import type { Colouring } from './network-params';

interface Props {
  legend: LegendEntry[];
  colouring: Colouring;
  countries: Array<{ code: string; nameJa: string; nameEn: string }>;
  bipartite: boolean;
  /** Nodes drawn now (as of the year) in each group. */
  drawnCounts: Map<string, number>;
}

export function Legend({ legend, colouring, countries, bipartite, drawnCounts }: Props) {
  const { t, pick } = useI18n();
  const names = new Map(countries.map((c) => [c.code, pick(c.nameJa, c.nameEn)]));
  const shown = legend.slice(0, PALETTE.length);
  const rest = legend.slice(PALETTE.length).reduce((n, l) => n + (drawnCounts.get(l.key) ?? 0), 0);
  const name = (key: string) => (colouring === 'country' ? (names.get(key) ?? key) : t('communityN', { n: key }));
  return (
    <section aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend')}</h2>
      <ul class="legend">
        {shown
          .filter((l) => drawnCounts.get(l.key))
          .map((l) => (
            <li key={l.key}>
              <span class="swatch" style={{ background: l.colour }} aria-hidden="true" />
              {name(l.key)} <small>{drawnCounts.get(l.key) ?? 0}</small>
            </li>
          ))}
        {rest > 0 && (
          <li>
            <span class="swatch" style={{ background: OTHER_COLOUR }} aria-hidden="true" />
            {t('others')} <small>{rest}</small>
          </li>
        )}
        {bipartite && (
          <li>
            <span class="swatch" style={{ background: '#4a4a4a' }} aria-hidden="true" />
            {t('agreementNode')}
          </li>
        )}
        <li>
          <span class="line" style={{ background: EDGE_COLOUR }} aria-hidden="true" />
          {t('edgeShared')}
        </li>
        <li>
          <span class="line thick" style={{ background: CLIQUE_COLOUR }} aria-hidden="true" />
          {t('edgeClique')}
        </li>
      </ul>
    </section>
  );
}
