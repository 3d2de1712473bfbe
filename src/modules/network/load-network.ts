/**
 * The network of the agreements matching a filter, built from two SQL statements
 * (the filter and the parties with their municipalities) and kept per server until the
 * data is replaced (the server then clears this cache).
 */
import type { EntityManager } from '@mikro-orm/core';
import { pkOf } from '../../graphql/loaders';
import { AgreementParty } from '../agreement/agreement-party.entity';
import type { AgreementFilter } from '../agreement/agreement-filter.input';
import { findAgreements } from '../agreement/find-agreements';
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

/** The agreements matching `filter` with their parties, as the graph builder takes them. */
export async function loadAgreementInputs(em: EntityManager, filter: AgreementFilter | null | undefined): Promise<AgreementInput[]> {
  const rows = await findAgreements(em, filter);
  const parties = rows.length
    ? await em.find(
        AgreementParty,
        { agreement: { pk: { $in: rows.map((r) => r.pk) } } },
        { populate: ['municipality'], orderBy: { agreement: 'asc', position: 'asc' } },
      )
    : [];
  const byAgreement = new Map<number, AgreementParty[]>();
  for (const p of parties) {
    const pk = pkOf(p.agreement) as number;
    if (!byAgreement.has(pk)) byAgreement.set(pk, []);
    byAgreement.get(pk)!.push(p);
  }
  return rows.map((r) => ({
    key: r.key,
    title: r.title,
    year: r.signedIso ? Number(r.signedIso.slice(0, 4)) : null,
    parties: (byAgreement.get(r.pk) ?? []).map((p) => ({
      key: p.municipality.key,
      name: p.municipality.name,
      fullName: p.municipality.fullName,
      kind: p.municipality.kind,
      country: pkOf(p.municipality.country) as string,
      side: p.side,
    })),
  }));
}

/** The network of `filter` in `projection`, computed once per server. */
export function networkOf(
  em: EntityManager,
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
