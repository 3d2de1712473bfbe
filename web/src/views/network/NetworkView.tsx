/**
 * The home page: the MUNICIPALITY (or BIPARTITE) network drawn with sigma.js, a year slider that
 * replays its growth over fixed positions, filters kept in the URL, figures, legend and downloads.
 */
import { useQuery } from '@urql/preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { FilterOptionsDocument, NetworkDocument, NetworkFiguresDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { navigate, withQuery } from '../../router';
import { ApiError, Loading } from '../../components/QueryState';
import { IgnoredParams } from '../../components/IgnoredParams';
import { buildDrawGraph, legendOf, presentIn, yearRange, type DrawSigma } from './draw-graph';
import { filterOf, networkQuery, readNetworkParams, type NetworkParams } from './network-params';
import { SigmaCanvas } from './SigmaCanvas';
import { NetworkFilters } from './NetworkFilters';
import { YearSlider } from './YearSlider';
import { FiguresPanel } from './FiguresPanel';
import { Legend } from './Legend';
import { Downloads } from './Downloads';
import { TopNodes } from './TopNodes';

export function NetworkView({ query }: { query: URLSearchParams }) {
  const { t, lang } = useI18n();
  const [options] = useQuery({ query: FilterOptionsDocument });
  const known = useMemo(
    () =>
      options.data
        ? { countries: new Set(options.data.countries.map((c) => c.code)), documents: new Set(options.data.documents.map((d) => d.file)) }
        : null,
    [options.data],
  );
  const { params, ignored } = readNetworkParams(query, known);
  const filter = filterOf(params);
  const [net, reexecute] = useQuery({ query: NetworkDocument, variables: { filter, projection: params.projection } });
  const [asOf] = useQuery({
    query: NetworkFiguresDocument,
    variables: { filter: { ...filter, signedTo: String(params.year) }, projection: params.projection },
    pause: params.year == null,
  });
  const [sigma, setSigma] = useState<DrawSigma | null>(null);
  const network = net.data?.network;
  const legend = useMemo(() => (network ? legendOf(network, params.colour) : []), [network, params.colour]);
  const graph = useMemo(() => (network ? buildDrawGraph(network, legend, params.colour, lang) : null), [network, legend, lang]);
  const range = useMemo(() => (network ? yearRange(network) : null), [network]);
  const lastPush = useRef(0);

  /** Change the view's state: a new history entry, or (while the slider moves) the same one. */
  const update = (changes: Partial<NetworkParams>, replace = false) =>
    navigate(withQuery('/', networkQuery({ ...params, ...changes })), { replace });

  const drawn = useMemo(() => {
    if (!graph) return null;
    let nodes = 0;
    let edges = 0;
    const groups = new Map<string, number>();
    graph.forEachNode((_n, a) => {
      if (!presentIn(a.firstYear, params.year)) return;
      nodes++;
      groups.set(a.group, (groups.get(a.group) ?? 0) + 1);
    });
    graph.forEachEdge((_e, a) => void (presentIn(a.firstYear, params.year) && edges++));
    return { nodes, edges, groups };
  }, [graph, params.year]);

  const figures = params.year == null ? network?.figures : asOf.data?.network.figures;

  return (
    <div class="network-view">
      <h1 class="visually-hidden">{t('networkTitle')}</h1>
      <IgnoredParams ignored={ignored} />
      <aside class="panel filters-panel" aria-label={t('filters')}>
        <NetworkFilters params={params} options={options.data} update={update} />
      </aside>
      <section class="graph-area" aria-label={t('networkTitle')}>
        {range && (
          <YearSlider
            range={range}
            year={params.year}
            onChange={(year) => {
              // One history entry per pause of the slider, not one per step.
              const now = Date.now();
              update({ year }, now - lastPush.current < 800);
              lastPush.current = now;
            }}
          />
        )}
        {net.error && <ApiError error={net.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {!net.error && !graph && <Loading />}
        {graph && network && (
          <div
            class="graph-frame"
            data-testid="network"
            data-drawn-nodes={drawn?.nodes}
            data-drawn-edges={drawn?.edges}
            data-year={params.year ?? 'all'}
            data-projection={params.projection}
          >
            {network.nodes.length === 0 ? (
              <p class="empty">{t('emptyNetwork')}</p>
            ) : (
              <SigmaCanvas
                graph={graph}
                year={params.year}
                label={t('networkCanvas', { nodes: drawn?.nodes ?? 0, edges: drawn?.edges ?? 0 })}
                onOpen={(id, kind) => navigate(kind === 'AGREEMENT' ? `/agreements/${id}` : `/municipalities/${id}`)}
                onReady={setSigma}
              />
            )}
          </div>
        )}
      </section>
      <aside class="panel side-panel" aria-label={t('figures')}>
        <FiguresPanel figures={figures} drawn={drawn} year={params.year} />
        {network && (
          <Legend
            drawnCounts={drawn?.groups ?? new Map()}
            legend={legend}
            colouring={params.colour}
            countries={options.data?.countries ?? []}
            bipartite={params.projection === 'BIPARTITE'}
          />
        )}
        {network && graph && <TopNodes network={network} graph={graph} year={params.year} />}
        <Downloads params={params} sigma={sigma} graph={graph} />
      </aside>
    </div>
  );
}
