/** A party's ego network drawn small as SVG (positions from the API's layout of that subgraph). */
import type { MunicipalityQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { CLIQUE_COLOUR, EDGE_COLOUR } from '../network/draw-graph';

type Ego = Extract<NonNullable<MunicipalityQuery['node']>, { __typename: 'Municipality' }>['network'];

const W = 480;
const H = 320;
const PAD = 24;

export function EgoNetwork({ network, centre, label }: { network: Ego; centre: string; label: string }) {
  const { pick } = useI18n();
  const xs = network.nodes.map((n) => n.x);
  const ys = network.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 2 * PAD) / (maxX - minX || 1), (H - 2 * PAD) / (maxY - minY || 1));
  const at = new Map(
    network.nodes.map((n) => [n.id, { x: W / 2 + (n.x - (minX + maxX) / 2) * scale, y: H / 2 - (n.y - (minY + maxY) / 2) * scale }]),
  );
  const showLabels = network.nodes.length <= 20;
  return (
    <svg class="ego" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="ego-network" data-nodes={network.nodes.length}>
      {network.edges.map((e) => {
        const [p, q] = [at.get(e.source.id)!, at.get(e.target.id)!];
        return (
          <line
            key={`${e.source.id}-${e.target.id}`}
            x1={p.x}
            y1={p.y}
            x2={q.x}
            y2={q.y}
            stroke={e.multilateral ? CLIQUE_COLOUR : EDGE_COLOUR}
            stroke-width={e.multilateral ? 1.4 : 1}
          />
        );
      })}
      {network.nodes.map((n) => {
        const p = at.get(n.id)!;
        const isCentre = n.id === centre;
        return (
          <g key={n.id} class="ego-node" onClick={() => !isCentre && navigate(`/municipalities/${n.id}`)}>
            <title>{pick(n.label, n.nameEn)}</title>
            <circle cx={p.x} cy={p.y} r={isCentre ? 8 : 3 + Math.sqrt(n.degree)} fill={isCentre ? '#d62728' : '#1f77b4'} />
            {(showLabels || isCentre) && (
              <text x={p.x + 9} y={p.y + 4} font-size="11">
                {pick(n.label, n.nameEn)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
