import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NetworkProjection } from '../../records/enums';
import { AgreementKind } from '../agreement/agreement-kind';

export { NetworkProjection };
registerEnumType(NetworkProjection, {
  name: 'NetworkProjection',
  description: 'How the agreements are drawn as a graph.',
  valuesConfig: {
    MUNICIPALITY: {
      description:
        'Parties are nodes, joined when they share an agreement; weight = agreements shared. An agreement of n parties gives the clique on them.',
    },
    BIPARTITE: { description: 'Parties and agreements are two kinds of node; a party is joined to each of its agreements.' },
  },
});

export enum NetworkNodeKind {
  MUNICIPALITY = 'MUNICIPALITY',
  AGREEMENT = 'AGREEMENT',
}
registerEnumType(NetworkNodeKind, {
  name: 'NetworkNodeKind',
  description: 'What a node of a network stands for.',
  valuesConfig: {
    MUNICIPALITY: { description: 'A party (Municipality): every node of a MUNICIPALITY network.' },
    AGREEMENT: { description: 'An agreement: the second kind of node in a BIPARTITE network.' },
  },
});

/** A node with its figures; `municipality` or `agreement` says what it is. */
@ObjectType({ description: 'A node of a network (a party, or an agreement in a BIPARTITE network) with its figures and drawing position.' })
export class NetworkNode {
  /** The graph's key of the node: a municipality's or an agreement's stable key. */
  graphKey!: string;

  @Field(() => ID, { description: 'The global id of the municipality or agreement (usable with node(id:)).' }) id!: string;
  @Field(() => NetworkNodeKind, { description: 'A party or an agreement.' }) kind!: NetworkNodeKind;
  @Field({ description: 'fullName of a municipality, title of an agreement.' }) label!: string;
  @Field(() => String, { nullable: true, description: "A municipality's 全国地方公共団体コード (Municipality.code)." }) code!:
    string | null;
  @Field(() => String, { nullable: true, description: "A municipality's English name (Municipality.nameEn)." }) nameEn!: string | null;
  @Field(() => Float, { nullable: true, description: "Latitude of a municipality's location (Municipality.location)." }) lat!:
    number | null;
  @Field(() => Float, { nullable: true, description: "Longitude of a municipality's location (Municipality.location)." }) lng!:
    number | null;
  @Field(() => Int, { description: 'How many nodes it is joined to.' }) degree!: number;
  @Field(() => Int, { description: 'Sum of the weights of its edges.' }) weightedDegree!: number;
  @Field(() => Float, { description: 'Normalised betweenness centrality (unweighted shortest paths).' }) betweenness!: number;
  @Field(() => Float, { description: 'Closeness centrality (Wasserman–Faust, for graphs with several components).' }) closeness!: number;
  @Field(() => Float, { description: 'PageRank over the weighted edges.' }) pageRank!: number;
  @Field(() => Int, { description: 'Louvain community (fixed seed: the same data gives the same communities).' }) community!: number;
  @Field({ description: "ISO 3166-1 alpha-2 of a municipality's country; empty for an agreement." }) countryCode!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'Year of its earliest dated agreement: the node is in the network as of year Y (filter signedTo: "Y") when firstYear ≤ Y; null when all its agreements are undated.',
  })
  firstYear!: number | null;
  /** Its drawing position (the network is laid out on the first call, in a worker thread). */
  position!: () => Promise<{ x: number; y: number }>;
}

@ObjectType({ description: 'An edge of a network: two parties that share agreements, or a party and its agreement (BIPARTITE).' })
export class NetworkEdge {
  agreementKeys!: string[];

  @Field(() => NetworkNode, { description: 'One end (the network is undirected: source and target are only names).' }) source!: NetworkNode;
  @Field(() => NetworkNode, { description: 'The other end.' }) target!: NetworkNode;
  @Field(() => Int, { description: 'Number of agreements behind the edge.' }) weight!: number;
  @Field(() => Int, { nullable: true, description: 'Year of the earliest dated agreement behind it.' }) firstYear!: number | null;
  @Field({ description: "At least one agreement behind it has more than two parties: the edge belongs to that agreement's clique." })
  multilateral!: boolean;
  @Field(() => [Int], { description: 'The survey categories (1–9) the agreements behind it are listed under, ascending.' })
  categoryCodes!: number[];
  @Field(() => [AgreementKind], { description: 'The kinds of tie of the agreements behind it.' })
  kinds!: AgreementKind[];
}

@ObjectType({ description: 'Figures of a whole network: its size, how connected it is and its communities.' })
export class NetworkFigures {
  @Field(() => Int, { description: 'Nodes in the network.' }) nodeCount!: number;
  @Field(() => Int, { description: 'Edges in the network.' }) edgeCount!: number;
  @Field(() => Float, { description: 'Edges as a share of all possible edges (0–1).' }) density!: number;
  @Field(() => Int, { description: 'Connected components.' }) components!: number;
  @Field(() => Int, { description: 'Nodes in the largest component.' }) largestComponent!: number;
  @Field(() => Int, { description: 'Louvain communities.' }) communities!: number;
  @Field(() => Float, { description: 'Modularity of the Louvain partition (weighted).' }) modularity!: number;
}

@ObjectType({ description: 'A network of agreements with its nodes, edges and figures.' })
export class Network {
  @Field(() => NetworkProjection, { description: 'How the agreements were drawn as a graph.' }) projection!: NetworkProjection;
  @Field(() => NetworkFigures, { description: 'Size, density, components and communities of the whole network.' }) figures!: NetworkFigures;
  @Field(() => [NetworkNode], { description: 'By betweenness, highest first.' }) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge], { description: 'By weight, heaviest first.' }) edges!: NetworkEdge[];
}

@ObjectType({ description: 'One step of a shortest path: two parties and the agreements that join them.' })
export class PathStep {
  fromKey!: string;
  toKey!: string;
  agreementKeys!: string[];
}

@ObjectType({ description: 'A shortest chain of shared agreements between two parties.' })
export class ShortestPath {
  municipalityKeys!: string[];

  @Field(() => Int, {
    description:
      'Number of steps from the first party to the last, each step two parties that share an agreement (0 from a party to itself).',
  })
  length!: number;
  @Field(() => [PathStep], { description: 'The steps in order, from the first party to the last.' }) steps!: PathStep[];
}
