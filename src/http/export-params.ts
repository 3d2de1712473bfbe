/**
 * Reading a network export's options from URL query parameters or CLI flags: every field of
 * the `AgreementFilter` input type, read from the schema itself (so a filter added to the
 * API is an export parameter at once), and the projection. Lists are comma-separated
 * (`kinds=SISTER_CITY,FRIENDSHIP_CITY`, `sources=004_e59d51f378d5a747.txt`); the boolean fields
 * take JSON (`not={"countries":["CN"]}`) and obey the API's filter-depth limit; values are
 * checked by GraphQL's own coercion. Errors say what to send instead.
 */
import {
  coerceInputValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { DEFAULT_LIMITS, type Limits } from '../config';
import { filterShape } from '../db/filter-tree';
import { filterNodeCost, overLimits, type CostModel } from '../graphql/query-cost';
import { getSchema } from '../graphql/schema';
import type { AgreementFilter } from '../modules/agreement/agreement-filter.input';
import type { Projection } from '../network/network-graph';

export class ExportParamError extends Error {}

export interface ExportOptions {
  filter: AgreementFilter;
  projection: Projection;
  /** The options as a canonical query string (for the file's provenance). */
  query: string;
}

/** The `AgreementFilter` input type of the API's schema. */
export async function agreementFilterType(): Promise<GraphQLInputObjectType> {
  return (await getSchema()).getType('AgreementFilter') as GraphQLInputObjectType;
}

/** A query-string value as the GraphQL input value of `type` (before coercion). */
function inputValue(name: string, raw: string, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  // A filter inside the filter (and, or, not) is written as JSON: or=[{"countries":["CN"]},{"countries":["KR"]}].
  if (isInputObjectType(getNamedType(inner))) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new ExportParamError(
        `${name}=${raw}: not JSON; write ${name} as in GraphQL variables, e.g. or=[{"countries":["CN"]},{"countries":["KR"]}]`,
      );
    }
  }
  if (isListType(inner))
    return raw
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((item) => inputValue(name, item, inner.ofType));
  const named = getNamedType(inner);
  if (isEnumType(named)) return raw.toUpperCase();
  switch (named.name) {
    case 'Int':
    case 'Float':
      return raw.trim() === '' ? NaN : Number(raw);
    case 'Boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}

function describe(type: GraphQLInputType): string {
  const named = getNamedType(type);
  const values = isEnumType(named)
    ? ` (${named
        .getValues()
        .map((v) => v.name)
        .join(', ')})`
    : '';
  if (isInputObjectType(named)) return `${named.name} as JSON`;
  return `${isListType(isNonNullType(type) ? type.ofType : type) ? 'comma-separated ' : ''}${named.name}${values}`;
}

/** Options from `name → value` pairs (query string or flags); unknown names and bad values are refused. */
export function readExportOptions(
  params: Record<string, string | undefined>,
  filterType: GraphQLInputObjectType,
  limits: Pick<Limits, 'maxCost' | 'maxDepth'> = DEFAULT_LIMITS,
  /** The served data's sizes, to cost a filter tree as the API does (the CLI, offline, checks its depth only). */
  model?: CostModel,
): ExportOptions {
  const fields = filterType.getFields();
  const known = [...Object.keys(fields), 'projection'];
  const raw: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value == null || name === 'projection') continue;
    const field = fields[name];
    if (!field) throw new ExportParamError(`unknown parameter "${name}"; known: ${known.join(', ')}`);
    raw[name] = inputValue(name, value, field.type);
  }
  // A filter tree is held to the API's limits, before anything walks it.
  const shape = filterShape(raw);
  const cost = model ? shape.nested * filterNodeCost(model.sizes) : 0;
  const refused = overLimits({ cost, filterDepth: shape.depth, filterAt: 'the export' }, limits);
  if (refused) throw new ExportParamError(refused.message);
  const filter = coerceInputValue(raw, filterType, (path, _value, error) => {
    const name = String(path[0] ?? '');
    const field = fields[name];
    throw new ExportParamError(`${name}=${params[name]}: ${error.message}${field ? ` (expected ${describe(field.type)})` : ''}`);
  }) as AgreementFilter;
  const projection = (params.projection ?? 'MUNICIPALITY').toUpperCase();
  if (projection !== 'MUNICIPALITY' && projection !== 'BIPARTITE')
    throw new ExportParamError(`projection must be MUNICIPALITY or BIPARTITE; got "${params.projection}"`);
  const query = new URLSearchParams(
    Object.entries({ ...params, projection })
      .filter((e): e is [string, string] => e[1] != null)
      .sort(([a], [b]) => a.localeCompare(b)),
  ).toString();
  return { filter, projection, query };
}
