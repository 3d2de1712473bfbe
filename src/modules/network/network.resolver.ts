import { GraphQLError } from 'graphql';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AgreementFilter } from '../agreement/agreement-filter.input';
import { Agreement } from '../agreement/agreement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { municipalityWithKey } from '../municipality/municipality.queries';
import { fromGlobalId } from '../shared/global-id';
import { egoNetworkOf, networkOf } from './load-network';
import { toNetwork, toNetworkNode } from './to-network';
import { Network, NetworkEdge, NetworkNode, NetworkNodeKind, NetworkProjection, PathStep, ShortestPath } from './network.types';

const MAX_DEPTH = 4;

@Resolver()
export class NetworkResolver {
  @Query(() => Network, {
    description: 'The network of the agreements matching a filter (e.g. signedTo: "2005" for the network as of 2005).',
  })
  async network(
    @Ctx() ctx: Context,
    @Arg('filter', () => AgreementFilter, {
      nullable: true,
      description: 'The agreements to draw (signedTo: "2005" for the network as of 2005); all if not given.',
    })
    filter?: AgreementFilter,
    @Arg('projection', () => NetworkProjection, {
      defaultValue: NetworkProjection.MUNICIPALITY,
      description: 'Parties joined by shared agreements (MUNICIPALITY, the default) or parties and agreements (BIPARTITE).',
    })
    projection: NetworkProjection = NetworkProjection.MUNICIPALITY,
  ) {
    return toNetwork(await networkOf(ctx.em, ctx.networks, filter, projection));
  }

  @Query(() => ShortestPath, {
    nullable: true,
    description: 'A shortest chain of shared agreements between two parties; null when none joins them or an id is unknown.',
  })
  async shortestPath(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'The id of the party to start from (Municipality.id).' }) from: string,
    @Arg('to', () => ID, { description: 'The id of the party to reach (Municipality.id).' }) to: string,
  ) {
    const [a, b] = [fromGlobalId(from), fromGlobalId(to)];
    if (a?.type !== 'Municipality' || b?.type !== 'Municipality') return null;
    const { graph } = await networkOf(ctx.em, ctx.networks, null, NetworkProjection.MUNICIPALITY);
    if (!graph.hasNode(a.key) || !graph.hasNode(b.key)) return null;
    const path = a.key === b.key ? [a.key] : bidirectional(graph, a.key, b.key);
    if (!path) return null;
    const steps = path.slice(1).map((key, i) =>
      Object.assign(new PathStep(), {
        fromKey: path[i],
        toKey: key,
        agreementKeys: graph.getEdgeAttribute(graph.edge(path[i], key)!, 'agreements'),
      }),
    );
    return Object.assign(new ShortestPath(), { length: steps.length, steps, municipalityKeys: path });
  }
}

@Resolver(() => ShortestPath)
export class ShortestPathResolver {
  @FieldResolver(() => [Municipality], { description: 'From the first party to the last.' })
  async municipalities(@Root() p: ShortestPath, @Ctx() ctx: Context) {
    return Promise.all(p.municipalityKeys.map(async (key) => municipalityWithKey(ctx, key)));
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Municipality, { description: 'The party the step starts from.' }) from(@Root() s: PathStep, @Ctx() ctx: Context) {
    return municipalityWithKey(ctx, s.fromKey);
  }
  @FieldResolver(() => Municipality, { description: 'The party the step reaches.' }) to(@Root() s: PathStep, @Ctx() ctx: Context) {
    return municipalityWithKey(ctx, s.toKey);
  }
  @FieldResolver(() => [Agreement], { description: 'The agreements the two share.' })
  agreements(@Root() s: PathStep, @Ctx() ctx: Context) {
    return ctx.loaders.agreementByKey.loadMany(s.agreementKeys);
  }
}

@Resolver(() => NetworkNode)
export class NetworkNodeResolver {
  @FieldResolver(() => Municipality, { nullable: true, description: 'The party this node stands for; null for an agreement.' })
  municipality(@Root() n: NetworkNode, @Ctx() ctx: Context) {
    return n.kind === NetworkNodeKind.MUNICIPALITY ? municipalityWithKey(ctx, n.graphKey) : null;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement this node stands for; null for a party.' })
  agreement(@Root() n: NetworkNode, @Ctx() ctx: Context) {
    return n.kind === NetworkNodeKind.AGREEMENT ? ctx.loaders.agreementByKey.load(n.graphKey) : null;
  }

  @FieldResolver(() => Float, {
    description:
      'Drawing position: ForceAtlas2 from seeded starting points, the same for the same network (computed the first time a position is asked for, then kept with the network).',
  })
  async x(@Root() n: NetworkNode): Promise<number> {
    return (await n.position()).x;
  }

  @FieldResolver(() => Float, { description: 'Drawing position, the vertical coordinate (see x).' })
  async y(@Root() n: NetworkNode): Promise<number> {
    return (await n.position()).y;
  }
}

@Resolver(() => NetworkEdge)
export class NetworkEdgeResolver {
  @FieldResolver(() => [Agreement], { description: 'The agreements behind the edge.' })
  agreements(@Root() e: NetworkEdge, @Ctx() ctx: Context) {
    return ctx.loaders.agreementByKey.loadMany(e.agreementKeys);
  }
}

@Resolver(() => Municipality)
export class MunicipalityNetworkResolver {
  @FieldResolver(() => Network, {
    description: `Its ego network: the parties within depth steps of shared agreements (1–${MAX_DEPTH}), figures computed on that subgraph.`,
  })
  async network(
    @Root() m: Municipality,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, {
      defaultValue: 1,
      description: `How many steps of shared agreements to go out from it: 1 (its partners, the default) to ${MAX_DEPTH}.`,
    })
    depth: number,
  ) {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
      throw new GraphQLError(`depth must be between 1 and ${MAX_DEPTH}; got ${depth}.`, { extensions: { code: 'BAD_DEPTH' } });
    }
    // Its own positions when asked (a new graph, laid out on its own): the whole network's would spread a small graph thin.
    return toNetwork(await egoNetworkOf(ctx.em, ctx.networks, m.key, depth));
  }

  @FieldResolver(() => NetworkNode, {
    nullable: true,
    description:
      'This party as a node of the whole MUNICIPALITY network (degree, betweenness, PageRank, community); null when it is party to no agreement.',
  })
  async networkNode(@Root() m: Municipality, @Ctx() ctx: Context) {
    const network = await networkOf(ctx.em, ctx.networks, null, NetworkProjection.MUNICIPALITY);
    return network.graph.hasNode(m.key) ? toNetworkNode(network, m.key) : null;
  }
}
