/**
 * The network of the agreements matching a filter, built from three SQL statements
 * (the filter, the parties with their municipalities, and the listings' categories) and kept per server until the
 * data is replaced (the server then clears this cache). The graph, its figures and its layout are computed by a
 * NetworkComputer: worker threads in the server, stopped at a deadline; this thread in the command-line tools.
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import Graph from 'graphology';
import { pkOf } from '../../graphql/loaders';
import { AgreementParty } from '../agreement/agreement-party.entity';
import type { AgreementFilter } from '../agreement/agreement-filter.input';
import { findAgreements } from '../agreement/agreement.queries';
import { Listing } from '../listing/listing.entity';
import { toGlobalId } from '../shared/global-id';
import { egoGraph, type AgreementInput, type GraphFigures, type NetworkGraph, type Projection } from '../../network/network-graph';
import { inThisThread, type FiguredGraph, type NetworkComputer, type Positions } from '../../network/network-tasks';

export interface ComputedNetwork {
  projection: Projection;
  graph: NetworkGraph;
  figures: GraphFigures;
  /** Milliseconds to build the graph and compute its figures. */
  computeMs: number;
  /** Drawing positions, laid out the first time they are asked for (then kept with the network). */
  positions(): Promise<Positions>;
}

export interface NetworkCacheOptions {
  /** Networks kept (least recently used dropped first). */
  limit?: number;
  /** Where graphs, figures and layouts are computed. */
  computer?: NetworkComputer;
  /** Longest a computation may run, in ms; then it is stopped and the requests waiting for it fail. */
  deadlineMs?: number;
}

/** Networks computed by this server, by projection and filter, ego networks by party and depth (bounded). */
export class NetworkCache {
  private readonly entries = new Map<string, Promise<ComputedNetwork>>();
  private readonly limit: number;
  readonly computer: NetworkComputer;
  private readonly deadlineMs: number | null;

  constructor(options: NetworkCacheOptions = {}) {
    this.limit = options.limit ?? 64;
    this.computer = options.computer ?? inThisThread;
    this.deadlineMs = options.deadlineMs ?? null;
  }

  /** A signal that stops a computation started now at the deadline. */
  deadline(): AbortSignal | undefined {
    return this.deadlineMs == null ? undefined : AbortSignal.timeout(this.deadlineMs);
  }

  /** A network from a computed graph: its positions are laid out by the same computer when first asked for. */
  computed(projection: Projection, result: FiguredGraph): ComputedNetwork {
    const graph = Graph.from(result.graph) as NetworkGraph;
    let positions: Promise<Positions> | null = null;
    return {
      projection,
      graph,
      figures: result.figures,
      computeMs: result.computeMs,
      positions: () => {
        positions ??= this.computer.layout(graph, this.deadline());
        positions.catch(() => (positions = null)); // a layout stopped at its deadline may be asked for again
        return positions;
      },
    };
  }

  get(key: string, compute: () => Promise<ComputedNetwork>): Promise<ComputedNetwork> {
    let hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the first entry is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, hit);
    } else {
      hit = compute();
      hit.catch(() => this.entries.delete(key));
      this.entries.set(key, hit);
      if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    }
    return hit;
  }

  /** Forget every network (the data they were built from was replaced). */
  clear(): void {
    this.entries.clear();
  }
}

/** The agreements matching `filter` with their parties and categories, as the graph builder takes them (three statements). */
export async function loadAgreementInputs(em: SqlEntityManager, filter: AgreementFilter | null | undefined): Promise<AgreementInput[]> {
  const rows = await findAgreements(em, filter);
  const pks = rows.map((r) => r.pk);
  const [parties, listings] = rows.length
    ? await Promise.all([
        em.find(
          AgreementParty,
          { agreement: { pk: { $in: pks } } },
          { populate: ['municipality'], orderBy: { agreement: 'asc', position: 'asc' } },
        ),
        em.find(Listing, { agreement: { pk: { $in: pks } } }, { fields: ['agreement', 'category'], orderBy: { pk: 'asc' } }),
      ])
    : [[], []];
  const byAgreement = groupBy(parties, (p) => pkOf(p.agreement) as number);
  const categories = groupBy(listings, (l) => pkOf(l.agreement) as number);
  return rows.map((r) => ({
    key: r.key,
    id: toGlobalId('Agreement', r.key),
    title: r.title,
    year: r.signedIso ? Number(r.signedIso.slice(0, 4)) : null,
    kind: r.kind,
    categoryCodes: [...new Set((categories.get(r.pk) ?? []).map((l) => pkOf(l.category) as number))].sort((a, b) => a - b),
    parties: (byAgreement.get(r.pk) ?? []).map((p) => {
      const m = p.municipality;
      return {
        key: m.key,
        name: m.name,
        fullName: m.fullName,
        kind: m.kind,
        country: pkOf(m.country) as string,
        side: p.side,
        code: m.code ?? null,
        nameEn: m.nameEn ?? null,
        lat: m.location?.lat ?? null,
        lng: m.location?.lng ?? null,
      };
    }),
  }));
}

function groupBy<T>(items: T[], keyOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(item);
  }
  return groups;
}

/** The network of `filter` in `projection` with its figures, computed once per server (drawing positions on first ask). */
export function networkOf(
  em: SqlEntityManager,
  cache: NetworkCache,
  filter: AgreementFilter | null | undefined,
  projection: Projection,
): Promise<ComputedNetwork> {
  return cache.get(`${projection}:${JSON.stringify(filter ?? null)}`, async () => {
    const inputs = await loadAgreementInputs(em, filter);
    return cache.computed(projection, await cache.computer.network(inputs, projection, cache.deadline()));
  });
}

/**
 * The ego network of party `key`: the parties within `depth` steps in the whole MUNICIPALITY network,
 * with figures computed on that subgraph; computed once per party and depth until the data changes.
 */
export function egoNetworkOf(em: SqlEntityManager, cache: NetworkCache, key: string, depth: number): Promise<ComputedNetwork> {
  return cache.get(`EGO:${depth}:${key}`, async () => {
    const { graph } = await networkOf(em, cache, null, 'MUNICIPALITY');
    // Not a party (a prefecture whose cities are): an empty network.
    const sub = egoGraph(graph, key, depth);
    return cache.computed('MUNICIPALITY', await cache.computer.figures(sub, cache.deadline()));
  });
}
