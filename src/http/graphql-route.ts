/**
 * `/graphql` as an Express handler over Apollo's `executeHTTPGraphQLRequest` (what
 * @as-integrations/express5 does, plus what the integration cannot: the answer's outcome is
 * known here, so successful answers go into the response cache without re-reading them, and GET
 * answers carry HTTP caching headers: `Cache-Control` and an `ETag` bound to the data version).
 */
import { createHash } from 'crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Context } from '../graphql/context';
import { ResponseCache } from './response-cache';

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  /** A fresh context for each request. */
  context: () => Context | Promise<Context>;
  /** null when answers are not cached (RESPONSE_CACHE=0, or EXPOSE_SQL_COUNT=1 so that every answer counts its statements). */
  cache: ResponseCache | null;
  /** The data version answers are computed over. */
  version: () => string;
  /** Cache-Control max-age of GET answers, in seconds. */
  maxAgeSeconds: number;
}

/** A strong ETag for an answer over a data version: a re-import changes every ETag. */
function etagOf(version: string, body: string): string {
  return `"${createHash('sha256').update(version).update('\n').update(body).digest('base64url').slice(0, 27)}"`;
}

export function graphqlRoute(o: GraphqlRouteOptions): RequestHandler {
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const version = o.version();
    const context = await o.context();
    const answer = await o.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: new URL(req.url, 'http://x').search, body: req.body },
      context: async () => context,
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind !== 'complete') {
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const body = answer.body.string;
    const succeeded = res.statusCode === 200 && !context.outcome.hadErrors;
    // An answer with errors may say something else next time (a time-out, a fixed bug): caches must not keep it.
    if (!succeeded && req.method === 'GET') res.setHeader('cache-control', 'no-store');
    if (succeeded && req.method === 'GET') {
      const etag = etagOf(version, body);
      res.setHeader('etag', etag);
      res.setHeader('cache-control', `public, max-age=${o.maxAgeSeconds}`);
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end();
        return;
      }
    }
    const ticket = ResponseCache.ticketOf(req);
    if (succeeded && o.cache && ticket && ticket.version === version) {
      const stored: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!NOT_REPLAYED.has(name) && value !== undefined) stored[name] = String(value);
      }
      o.cache.store(ticket, { body: Buffer.from(body), headers: stored });
    }
    // Written as text, whole, so Node measures it once for Content-Length (measuring it here as well was a second
    // pass over 127 KB for five levels); Express's send would first copy it into a Buffer (6 % of that example's
    // time), and its other work (ETag, freshness) is done above or switched off.
    res.end(body);
  };
}

/** Headers that belong to one response, not to the stored answer. */
const NOT_REPLAYED = new Set([
  'x-request-id',
  'x-response-cache',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);
