/**
 * Reading a network export's options from URL query parameters or CLI flags:
 * the same filters as `agreements` and a projection. Errors say what to send instead.
 */
import type { AgreementFilter } from '../modules/agreement/agreement-filter.input';
import type { Projection } from '../network/network-graph';

export class ExportParamError extends Error {}

export interface ExportOptions {
  filter: AgreementFilter;
  projection: Projection;
}

const list = (v: string | undefined) =>
  v == null
    ? undefined
    : v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

/** Options from `name → value` pairs (query string or flags); unknown names are refused. */
export function readExportOptions(params: Record<string, string | undefined>): ExportOptions {
  const known = new Set([
    'categoryCodes',
    'countries',
    'prefecture',
    'municipality',
    'multilateral',
    'signedFrom',
    'signedTo',
    'search',
    'projection',
  ]);
  for (const name of Object.keys(params)) {
    if (!known.has(name)) throw new ExportParamError(`unknown parameter "${name}"; known: ${[...known].join(', ')}`);
  }
  const codes = list(params.categoryCodes)?.map((c) => {
    const n = Number(c);
    if (!Number.isInteger(n) || n < 1 || n > 9)
      throw new ExportParamError(`categoryCodes must be numbers 1–9 separated by commas; got "${params.categoryCodes}"`);
    return n;
  });
  const multilateral = params.multilateral;
  if (multilateral != null && multilateral !== 'true' && multilateral !== 'false')
    throw new ExportParamError(`multilateral must be true or false; got "${multilateral}"`);
  const projection = (params.projection ?? 'MUNICIPALITY').toUpperCase();
  if (projection !== 'MUNICIPALITY' && projection !== 'BIPARTITE')
    throw new ExportParamError(`projection must be MUNICIPALITY or BIPARTITE; got "${params.projection}"`);
  return {
    projection,
    filter: {
      categoryCodes: codes,
      countries: list(params.countries),
      prefecture: params.prefecture,
      municipality: params.municipality,
      multilateral: multilateral == null ? undefined : multilateral === 'true',
      signedFrom: params.signedFrom,
      signedTo: params.signedTo,
      search: params.search,
    },
  };
}
