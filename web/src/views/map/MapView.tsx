/**
 * The map: every party with coordinates as a dot, every tie between two placed parties as a
 * great-circle arc (d3-geo over world-atlas, all bundled), Japan a click away; parties without
 * coordinates are listed, never guessed. The same URL filters and year as the network view.
 */
import { useQuery } from '@urql/preact';
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { useMemo, useState } from 'preact/hooks';
import { FilterOptionsDocument, MapNetworkDocument, type MapNetworkQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { navigate, withQuery } from '../../router';
import { ApiError, Loading } from '../../components/QueryState';
import { IgnoredParams } from '../../components/IgnoredParams';
import { CLIQUE_COLOUR } from '../network/draw-graph';
import { filterOf, networkQuery, readNetworkParams } from '../network/network-params';
import { WORLD } from './world';

type Net = MapNetworkQuery['network'];
type Placed = Net['nodes'][number] & { lat: number; lng: number };

type Extent = 'world' | 'japan';

/** The drawing's size: the world is wide; Japan, on a phone's narrow screen, is drawn tall. */
function sizeFor(extent: Extent): [number, number] {
  return extent === 'japan' && window.matchMedia('(max-width: 800px)').matches ? [480, 640] : [960, 500];
}
/** Japan with its islands, in degrees: [[west, south], [east, north]]. */
const JAPAN: [[number, number], [number, number]] = [
  [122, 24],
  [149, 46],
];

function projectionFor(extent: Extent, [W, H]: [number, number]): GeoProjection {
  // Centred on the Pacific: Japan's ties to the Americas cross it instead of wrapping round the edge.
  const p = geoNaturalEarth1().rotate([-150, 0]);
  if (extent === 'world')
    return p.fitExtent(
      [
        [4, 4],
        [W - 4, H - 4],
      ],
      { type: 'Sphere' },
    );
  const [[w, s], [e, n]] = JAPAN;
  return p.fitExtent(
    [
      [8, 8],
      [W - 8, H - 8],
    ],
    {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ],
    },
  );
}

const presentIn = (firstYear: number | null | undefined, year: number | null) => year == null || (firstYear != null && firstYear <= year);

export default function MapView({ query }: { query: URLSearchParams }) {
  const { t, pick } = useI18n();
  const [options] = useQuery({ query: FilterOptionsDocument });
  const known = useMemo(
    () =>
      options.data
        ? { countries: new Set(options.data.countries.map((c) => c.code)), documents: new Set(options.data.documents.map((d) => d.file)) }
        : null,
    [options.data],
  );
  const { params, ignored } = readNetworkParams(query, known);
  const extent: Extent = query.get('view') === 'japan' ? 'japan' : 'world';
  const [result, reexecute] = useQuery({ query: MapNetworkDocument, variables: { filter: filterOf(params) } });
  const [hover, setHover] = useState<string | null>(null);
  const [W, H] = sizeFor(extent);
  const projection = useMemo(() => projectionFor(extent, [W, H]), [extent, W, H]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const countries = useMemo(() => WORLD.features.map((f, i) => <path key={i} d={path(f) ?? ''} class="land" />), [path]);

  if (result.error) return <ApiError error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const net = result.data.network;
  const nodes = net.nodes.filter((n) => presentIn(n.firstYear, params.year));
  const placed = new Map(nodes.filter((n): n is Placed => n.lat != null && n.lng != null).map((n) => [n.id, n]));
  const unplaced = nodes.filter((n) => !placed.has(n.id));
  const arcs = net.edges.filter((e) => presentIn(e.firstYear, params.year) && placed.has(e.source.id) && placed.has(e.target.id));
  const name = (n: Net['nodes'][number]) => pick(n.label, n.nameEn);
  const toView = (changes: Record<string, string | undefined>) =>
    navigate(withQuery('/map', { ...networkQuery(params), view: extent === 'japan' ? 'japan' : undefined, ...changes }), { replace: true });

  return (
    <article class="page map" data-testid="map-page">
      <IgnoredParams ignored={ignored} />
      <h1>{t('mapTitle')}</h1>
      <p class="subtitle">
        {t('mapSummary', { arcs: arcs.length, placed: placed.size, unplaced: unplaced.length })}{' '}
        <a href={withQuery('/', networkQuery(params))}>{t('sameInNetwork')}</a>
      </p>
      <div class="depth" role="group" aria-label={t('mapExtent')}>
        <button type="button" aria-pressed={extent === 'world'} onClick={() => toView({ view: undefined })}>
          {t('world')}
        </button>
        <button type="button" aria-pressed={extent === 'japan'} onClick={() => toView({ view: 'japan' })}>
          {t('japan')}
        </button>
      </div>
      <svg
        class={extent === 'japan' ? 'world japan' : 'world'}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('mapSummary', { arcs: arcs.length, placed: placed.size, unplaced: unplaced.length })}
        data-testid="map"
        data-arcs={arcs.length}
        data-placed={placed.size}
      >
        <path d={path({ type: 'Sphere' }) ?? ''} class="sphere" />
        {countries}
        <g class="arcs">
          {arcs.map((e) => {
            const [a, b] = [placed.get(e.source.id)!, placed.get(e.target.id)!];
            const lit = hover === a.id || hover === b.id;
            return (
              <path
                key={`${a.id}-${b.id}`}
                class={lit ? 'arc lit' : 'arc'}
                d={
                  path({
                    type: 'LineString',
                    coordinates: [
                      [a.lng, a.lat],
                      [b.lng, b.lat],
                    ],
                  }) ?? ''
                }
                stroke={e.multilateral ? CLIQUE_COLOUR : '#0b5cad'}
                stroke-width={Math.min(0.8 + e.weight * 0.4, 3)}
              />
            );
          })}
        </g>
        {[...placed.values()].map((n) => {
          const at = projection([n.lng, n.lat]);
          if (!at) return null;
          return (
            <circle
              key={n.id}
              cx={at[0]}
              cy={at[1]}
              r={extent === 'japan' ? 2.5 + Math.sqrt(n.degree) : 1.5 + Math.sqrt(n.degree) * 0.6}
              class={hover === n.id ? 'place lit' : 'place'}
              onMouseEnter={() => setHover(n.id)}
              onMouseLeave={() => setHover(null)}
              onClick={() => navigate(`/municipalities/${n.id}`)}
            >
              <title>{name(n)}</title>
            </circle>
          );
        })}
      </svg>
      <section aria-labelledby="unplaced-title">
        <h2 id="unplaced-title">{t('unplacedN', { n: unplaced.length })}</h2>
        <p>{t('unplacedIntro')}</p>
        <ul class="partners" data-testid="unplaced">
          {unplaced.map((n) => (
            <li key={n.id}>
              <a href={`/municipalities/${n.id}`}>{name(n)}</a> <small>{n.countryCode}</small>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
