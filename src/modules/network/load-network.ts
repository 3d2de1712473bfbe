/**
 * The network of the agreements matching a filter, built from three SQL statements
 * (the filter, the parties with their municipalities, and the listings' categories) and kept per server until the
 * data is replaced (the server then clears this cache).
 */
import type { SqlEntityManager } from '@mikro-orm/knex';
import { pkOf } from '../../graphql/loaders';
import { AgreementParty } from '../agreement/agreement-party.entity';
import type { AgreementFilter } from '../agreement/agreement-filter.input';
import { findAgreements } from '../agreement/agreement.queries';
import { Listing } from '../listing/listing.entity';
import { toGlobalId } from '../shared/global-id';
import {
  buildGraph,
  computeFigures,
  type AgreementInput,
  type GraphFigures,
  type NetworkGraph,
  type Projection,
} from '../../network/network-graph';

export interface ComputedNetwork {
  projection: Projection;
  graph: NetworkGraph;
  figures: GraphFigures;
  /** Milliseconds to build the graph and compute its figures. */
  computeMs: number;
}

/** Networks computed by this server, by projection and filter (bounded, oldest dropped first). */
export class NetworkCache {
  private readonly entries = new Map<string, Promise<ComputedNetwork>>();
  constructor(private readonly limit = 64) {}

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

/** The network of `filter` in `projection` with its figures, computed once per server (drawing positions on first ask: layout.ts). */
export function networkOf(
  em: SqlEntityManager,
  cache: NetworkCache,
  filter: AgreementFilter | null | undefined,
  projection: Projection,
): Promise<ComputedNetwork> {
  return cache.get(`${projection}:${JSON.stringify(filter ?? null)}`, async () => {
    const inputs = await loadAgreementInputs(em, filter);
    const started = performance.now();
    const graph = buildGraph(inputs, projection);
    const figures = computeFigures(graph);
    return { projection, graph, figures, computeMs: performance.now() - started };
  });
}
