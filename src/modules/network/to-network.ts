/** A computed graph as the GraphQL `Network` objects. */
import { toGlobalId } from '../shared/global-id';
import type { ComputedNetwork } from './load-network';
import { Network, NetworkEdge, NetworkNode, NetworkNodeKind } from './network.types';

/** One node of a computed network (figures in its attributes) as a GraphQL `NetworkNode`; its position is laid out when asked for. */
export function toNetworkNode(network: ComputedNetwork, key: string): NetworkNode {
  const a = network.graph.getNodeAttributes(key);
  const kind = a.nodeKind === 'AGREEMENT' ? NetworkNodeKind.AGREEMENT : NetworkNodeKind.MUNICIPALITY;
  return Object.assign(new NetworkNode(), {
    graphKey: key,
    id: toGlobalId(kind === NetworkNodeKind.AGREEMENT ? 'Agreement' : 'Municipality', key),
    kind,
    label: a.label,
    code: a.code ?? null,
    nameEn: a.nameEn ?? null,
    lat: a.lat ?? null,
    lng: a.lng ?? null,
    degree: a.degree ?? 0,
    weightedDegree: a.weightedDegree ?? 0,
    betweenness: a.betweenness ?? 0,
    closeness: a.closeness ?? 0,
    pageRank: a.pagerank ?? 0,
    community: a.community ?? 0,
    countryCode: a.country,
    firstYear: a.firstYear ?? null,
    position: async () => (await network.positions())[key] ?? { x: 0, y: 0 },
  });
}

export function toNetwork(network: ComputedNetwork): Network {
  const { graph, figures, projection } = network;
  const nodes = new Map<string, NetworkNode>();
  graph.forEachNode((key) => nodes.set(key, toNetworkNode(network, key)));
  const edges = graph.mapEdges((_e, a, s, t) =>
    Object.assign(new NetworkEdge(), {
      source: nodes.get(s)!,
      target: nodes.get(t)!,
      weight: a.weight,
      firstYear: a.firstYear,
      multilateral: a.multilateral,
      categoryCodes: a.categoryCodes,
      kinds: a.kinds,
      agreementKeys: a.agreements,
    }),
  );
  return {
    projection,
    figures,
    nodes: [...nodes.values()].sort((x, y) => y.betweenness - x.betweenness || x.graphKey.localeCompare(y.graphKey)),
    edges: edges.sort(
      (x, y) =>
        y.weight - x.weight || x.source.graphKey.localeCompare(y.source.graphKey) || x.target.graphKey.localeCompare(y.target.graphKey),
    ),
  };
}
