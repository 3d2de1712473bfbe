/**
 * Checks of a GraphQL request's shape before Apollo sees it, each answering a 400 that says
 * what to send: a body without a query, and an automatic persisted query whose hash is not the
 * query's (Apollo answers that one as an internal error).
 */
import { createHash } from 'crypto';
import type { Request, RequestHandler } from 'express';
import { errorBody } from './errors';

interface Payload {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | string;
}

/** The request's GraphQL parameters: the JSON body of a POST, the query string of a GET. */
function payloadOf(req: Request): Payload | null {
  if (req.method === 'POST') {
    const body = req.body as unknown;
    return body && typeof body === 'object' && !Array.isArray(body) ? body : null;
  }
  if (req.method === 'GET') {
    const q = req.query as Record<string, unknown>;
    let extensions: Payload['extensions'];
    try {
      extensions = typeof q.extensions === 'string' ? (JSON.parse(q.extensions) as Payload['extensions']) : undefined;
    } catch {
      extensions = undefined; // Apollo answers malformed extensions itself
    }
    return { query: q.query, extensions };
  }
  return null;
}

export const checkGraphQLRequest: RequestHandler = (req, res, next) => {
  const payload = payloadOf(req);
  if (!payload) return next();
  const persisted = typeof payload.extensions === 'object' ? payload.extensions?.persistedQuery : undefined;
  if (req.method === 'POST' && typeof payload.query !== 'string' && !persisted) {
    res
      .status(400)
      .json(errorBody('The request has no "query"; send {"query": "{ … }", "variables": {…}} as application/json.', 'BAD_REQUEST'));
    return;
  }
  const hash = persisted?.sha256Hash;
  if (typeof payload.query === 'string' && typeof hash === 'string' && createHash('sha256').update(payload.query).digest('hex') !== hash) {
    res
      .status(400)
      .json(
        errorBody(
          'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query (hex, of the exact query text); send the matching hash or only the query.',
          'PERSISTED_QUERY_HASH_MISMATCH',
        ),
      );
    return;
  }
  next();
};
