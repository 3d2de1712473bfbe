/** The GraphQL schema built from the resolvers; also emitted to schema/schema.graphql. */
import 'reflect-metadata';
import { printSchema, lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { callResolversDirectly } from './direct-resolvers';
import { ActivityResolver } from '../modules/activity/activity.resolver';
import { AgreementPartyResolver } from '../modules/agreement/agreement-party.resolver';
import { AgreementResolver } from '../modules/agreement/agreement.resolver';
import { CategoryResolver } from '../modules/category/category.resolver';
import { ContactResolver } from '../modules/contact/contact.resolver';
import { CountryResolver } from '../modules/country/country.resolver';
import { DocumentResolver, SourceRefResolver } from '../modules/document/document.resolver';
import { ListingResolver } from '../modules/listing/listing.resolver';
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver';
import { ReferenceCoverageResolver } from '../modules/municipality/reference-coverage';
import { NodeResolver } from '../modules/node/node.resolver';
import { StatsResolver } from '../modules/stats/stats.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { AggregateResolver, AggregateRowResolver } from '../modules/aggregate/aggregate.resolver';
import { QueryCostResolver } from '../modules/query-cost/query-cost.resolver';
import { FindingResolver } from '../modules/finding/finding.resolver';
import { SourceLinesResolver } from '../modules/source/source-lines.resolver';
import {
  MunicipalityNetworkResolver,
  NetworkEdgeResolver,
  NetworkNodeResolver,
  NetworkResolver,
  PathStepResolver,
  ShortestPathResolver,
} from '../modules/network/network.resolver';

/** Every resolver class the schema is built from. */
export const RESOLVERS = [
  NodeResolver,
  MunicipalityResolver,
  ReferenceCoverageResolver,
  AgreementResolver,
  AgreementPartyResolver,
  CategoryResolver,
  ListingResolver,
  ActivityResolver,
  ContactResolver,
  CountryResolver,
  DocumentResolver,
  SourceRefResolver,
  StatsResolver,
  SearchResolver,
  AggregateResolver,
  AggregateRowResolver,
  QueryCostResolver,
  NetworkResolver,
  ShortestPathResolver,
  PathStepResolver,
  NetworkNodeResolver,
  NetworkEdgeResolver,
  MunicipalityNetworkResolver,
  SourceLinesResolver,
  FindingResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** What GraphiQL's docs show first: type-graphql builds the Query type without a description. */
const QUERY_DESCRIPTION =
  'Where every query starts. Agreements (提携) between Japanese municipalities and their partners at home and abroad, from the CLAIR 2012 survey and other source documents, as a graph: look up agreements and municipalities with filters, search them, count them, and follow the network of parties that share agreements (network, shortestPath, Municipality.network).';

/** The schema as type-graphql builds it, every field called through type-graphql's wrappers (a new one per call). */
export async function buildWrappedSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  schema.getQueryType()!.description = QUERY_DESCRIPTION;
  return schema;
}

/** The schema served (built once per process): resolvers called directly (src/graphql/direct-resolvers.ts). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildWrappedSchema().then((schema) => {
    callResolversDirectly(schema, RESOLVERS);
    return schema;
  });
  return built;
}

/** The schema as SDL, sorted so that the emitted file is stable. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
