/**
 * CORS for a public, read-only API: browsers on any origin (or those CORS_ORIGINS lists) may
 * call /graphql and /export/*, without credentials, as public GraphQL APIs allow. Preflights are
 * answered 204 and cached by the browser for a day; scripts may read the ETag and the request id.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';

/** Headers a browser may send: JSON and GraphQL content types, Apollo's preflight headers, revalidation. */
const ALLOWED_HEADERS = ['content-type', 'accept', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id', 'if-none-match'];
/** Headers a script may read beyond the CORS-safelisted ones. */
const EXPOSED_HEADERS = ['etag', 'x-request-id', 'x-response-cache'];

/** The CORS middleware; `origins` null allows every origin. */
export function corsFor(origins: readonly string[] | null): RequestHandler {
  return cors({
    origin: origins === null ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 86_400,
    optionsSuccessStatus: 204,
  });
}
