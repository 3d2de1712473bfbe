/**
 * Whole GraphQL responses served from memory before Express and Apollo see the request.
 *
 * The data only changes on a re-import, so an answer is a function of the request body,
 * its Accept header (which picks the response's content type) and the data version. A
 * repeated request is answered with the stored bytes: no routing, JSON parsing, GraphQL
 * execution or serialisation. Apollo's response cache still sits behind this one and
 * catches the same operation sent with other whitespace or key order.
 *
 * Only `POST /graphql` with a JSON body comes this way; everything else goes to Express
 * untouched. Only 200 answers without errors are stored.
 */
import { randomUUID } from 'crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'http';
import { LRUCache } from 'lru-cache';
import type { DataVersion } from '../db/data-version';
import { errorBody, invalidJsonMessage, tooLargeMessage, validRequestId } from './errors';

interface Stored {
  body: Buffer;
  headers: Record<string, string>;
}

/** Headers that belong to one response, not to the stored answer. */
const NOT_REPLAYED = new Set(['x-request-id', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

export interface HttpResponseCacheOptions {
  version: DataVersion;
  /** Largest request body taken (the same limit Express applies). */
  maxBodyBytes: number;
  /** Memory for stored answers and their keys (RESPONSE_CACHE_MB). */
  maxBytes: number;
}

const isJsonPost = (req: IncomingMessage) =>
  req.method === 'POST' &&
  req.url === '/graphql' &&
  /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(req.headers['content-type'] ?? '');

/** Put the cache in front of `app`: the listener for `http.createServer`. */
export function withHttpResponseCache(app: RequestListener, options: HttpResponseCacheOptions): RequestListener {
  const cache = new LRUCache<string, Stored>({
    maxSize: options.maxBytes,
    sizeCalculation: (value, key) => value.body.length + key.length + 200,
  });
  options.version.onChange(() => cache.clear());

  const send = (res: ServerResponse, status: number, headers: Record<string, string | number>, body: Buffer | string) => {
    res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  return (req, res) => {
    if (!isJsonPost(req) || Number(req.headers['content-length'] ?? 0) > options.maxBodyBytes) return app(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= options.maxBodyBytes) chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const requestId = validRequestId(req.headers['x-request-id']) ?? randomUUID();
      const json = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId };
      if (size > options.maxBodyBytes) {
        return send(res, 413, json, JSON.stringify(errorBody(tooLargeMessage(options.maxBodyBytes), 'PAYLOAD_TOO_LARGE')));
      }
      const raw = Buffer.concat(chunks);
      const version = options.version.current;
      const key = `${version}\n${req.headers.accept ?? ''}\n${raw.toString('latin1')}`;
      const hit = cache.get(key);
      if (hit) {
        return send(res, 200, { ...hit.headers, 'x-request-id': requestId, 'x-response-cache': 'hit' }, hit.body);
      }
      const text = raw.toString('utf8');
      try {
        (req as IncomingMessage & { body: unknown }).body = parseJsonBody(text);
      } catch (e) {
        return send(res, 400, json, JSON.stringify(errorBody(invalidJsonMessage((e as Error).message), 'BAD_REQUEST')));
      }
      storeOnEnd(res, (body, headers) => {
        // An answer computed over data that was replaced meanwhile is not stored.
        if (options.version.current === version) cache.set(key, { body, headers });
      });
      res.setHeader('x-response-cache', 'miss');
      app(req, res);
    });
  };
}

/** JSON as Express's parser takes it (strict: an object or an array; an empty body is {}). */
export function parseJsonBody(text: string): unknown {
  const first = text.trimStart()[0];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[')
    throw new SyntaxError(`Unexpected token '${first}', "${text.slice(0, 20)}" is not an object or array`);
  return JSON.parse(text);
}

/** Call `store` with the body and headers of a 200 answer without errors, once it is sent. */
function storeOnEnd(res: ServerResponse, store: (body: Buffer, headers: Record<string, string>) => void): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  (res as { end: (...args: unknown[]) => ServerResponse }).end = (chunk?: unknown, ...rest: unknown[]) => {
    if (res.statusCode === 200 && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
      const body = Buffer.from(chunk as string);
      if (!hasErrors(body)) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (!NOT_REPLAYED.has(name) && value !== undefined) headers[name] = String(value);
        }
        store(body, headers);
      }
    }
    return end(chunk, ...rest);
  };
}

function hasErrors(body: Buffer): boolean {
  try {
    return 'errors' in (JSON.parse(body.toString('utf8')) as object);
  } catch {
    return true;
  }
}
