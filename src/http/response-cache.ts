/**
 * The one whole-response cache. The data only changes on a re-import, so an answer is a function
 * of the request (POST body or GET URL), its Accept header (which picks the content type) and the
 * data version. The GraphQL route (graphql-route.ts) stores its 200 answers without errors; the
 * listener in front of Express (`withResponseCache`) replays them as stored bytes — no routing,
 * JSON parsing, GraphQL execution or serialisation — and answers `If-None-Match` with 304.
 *
 * Only identity-encoded `POST /graphql` (application/json) and `GET /graphql?…` come through the
 * front; everything else, and every miss, goes to Express, which applies its own rules. A miss
 * identical to a request still being computed waits for it (coalesce.ts) and is answered from
 * what it stored (`x-response-cache: coalesced`).
 */
import { randomUUID } from 'crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'http';
import { LRUCache } from 'lru-cache';
import type { DataVersion } from '../db/data-version';
import { Coalescer } from './coalesce';
import { errorBody, invalidJsonMessage, timeoutMessage, tooLargeMessage, validRequestId } from './errors';

/** An answer as it is replayed: its body already encoded, so a hit writes bytes without encoding them again. */
export interface StoredAnswer {
  body: Buffer;
  headers: Record<string, string>;
}

/** What the front listener tells the route about a request it let through. */
export interface CacheTicket {
  key: string;
  version: string;
}

const TICKET = Symbol('responseCacheTicket');
type WithTicket = IncomingMessage & { [TICKET]?: CacheTicket; body?: unknown };

/** The stored answers, by request key, emptied when the data changes. */
export class ResponseCache {
  private readonly entries: LRUCache<string, StoredAnswer>;

  constructor(
    private readonly version: DataVersion,
    maxBytes: number,
    /** With CORS restricted to listed origins the answer's Access-Control-Allow-Origin depends on the Origin header. */
    private readonly options: { varyByOrigin: boolean } = { varyByOrigin: false },
  ) {
    this.entries = new LRUCache<string, StoredAnswer>({
      maxSize: maxBytes,
      // The body's bytes, the key (the whole request) and headers (UTF-16 strings in V8 may take two bytes a
      // character), the entry object and LRU node (about 300).
      sizeCalculation: (value, key) => value.body.length + 2 * (key.length + JSON.stringify(value.headers).length) + 300,
    });
    version.onChange(() => this.entries.clear());
  }

  /**
   * The key of a request: method, what it asks (body or URL), Accept, whether it may pass CSRF prevention, data
   * version. The request itself, not a digest of it: hashing every request (sha256) cost more than a hit's lookup,
   * and the key's length counts towards the cache's size. The body as Latin-1: its bytes one to one, undecoded.
   */
  keyOf(req: IncomingMessage, asked: Buffer | string): CacheTicket {
    const version = this.version.current;
    const origin = this.options.varyByOrigin ? (req.headers.origin ?? '') : '';
    const what = typeof asked === 'string' ? asked : asked.toString('latin1');
    return { key: `${req.method ?? ''}\n${req.headers.accept ?? ''}\n${preflighted(req)}\n${origin}\n${version}\n${what}`, version };
  }

  get(key: string): StoredAnswer | undefined {
    return this.entries.get(key);
  }

  /** Store an answer unless the data changed while it was computed. */
  store(ticket: CacheTicket, answer: StoredAnswer): void {
    if (ticket.version === this.version.current) this.entries.set(ticket.key, answer);
  }

  /** The ticket the front listener gave this request, if any. */
  static ticketOf(req: IncomingMessage): CacheTicket | undefined {
    return (req as WithTicket)[TICKET];
  }
}

/**
 * Whether Apollo's CSRF prevention lets this request through: a non-simple content type or one
 * of its preflight headers. Part of the key, so that a stored answer never skips that check.
 */
function preflighted(req: IncomingMessage): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const simple = ['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'].includes(type);
  return !simple || req.headers['apollo-require-preflight'] != null || req.headers['x-apollo-operation-name'] != null;
}

const isJsonPost = (req: IncomingMessage) =>
  req.method === 'POST' &&
  req.url === '/graphql' &&
  /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(req.headers['content-type'] ?? '');
const isGet = (req: IncomingMessage) => req.method === 'GET' && req.url?.startsWith('/graphql?') === true;
const identity = (req: IncomingMessage) => (req.headers['content-encoding'] ?? 'identity').toLowerCase() === 'identity';

export interface FrontOptions {
  cache: ResponseCache;
  /** Largest request body taken (the limit Express applies). */
  maxBodyBytes: number;
  /** Longest a request may take, its body included (the limit Express applies). */
  requestTimeoutMs: number;
}

/** Put the cache in front of `app`: the listener for `http.createServer`. */
export function withResponseCache(app: RequestListener, options: FrontOptions): RequestListener {
  const { cache } = options;
  const coalescer = new Coalescer();
  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer) => {
    res.writeHead(status, { ...headers, 'content-length': body.length });
    res.end(body);
  };
  const replay = (req: IncomingMessage, res: ServerResponse, ticket: CacheTicket, how = 'hit'): boolean => {
    const hit = cache.get(ticket.key);
    if (!hit) return false;
    const requestId = validRequestId(req.headers['x-request-id']) ?? randomUUID();
    const headers = { ...hit.headers, 'x-request-id': requestId, 'x-response-cache': how };
    if (hit.headers.etag && req.headers['if-none-match'] === hit.headers.etag) {
      res.writeHead(304, headers);
      res.end();
    } else {
      send(res, 200, headers, hit.body);
    }
    return true;
  };
  const pass = (req: IncomingMessage, res: ServerResponse, ticket: CacheTicket) => {
    (req as WithTicket)[TICKET] = ticket;
    res.setHeader('x-response-cache', 'miss');
    app(req, res);
  };
  /**
   * Compute a miss, or wait for the identical request being computed and replay what it stored;
   * the wait counts towards the request's time limit.
   */
  const computeOnce = (req: IncomingMessage, res: ServerResponse, ticket: CacheTicket) => {
    let timer: NodeJS.Timeout | undefined;
    coalescer.join(
      ticket.key,
      res,
      () => pass(req, res, ticket),
      () => {
        timer = setTimeout(
          () => sendError(res, 503, errorBody(timeoutMessage(options.requestTimeoutMs), 'TIMEOUT')),
          options.requestTimeoutMs,
        );
      },
      () => {
        clearTimeout(timer);
        if (!res.headersSent && !res.destroyed && !replay(req, res, ticket, 'coalesced')) pass(req, res, ticket);
      },
    );
  };

  return (req, res) => {
    if (isGet(req)) {
      const ticket = cache.keyOf(req, req.url!);
      if (!replay(req, res, ticket)) computeOnce(req, res, ticket);
      return;
    }
    if (!isJsonPost(req) || !identity(req) || Number(req.headers['content-length'] ?? 0) > options.maxBodyBytes) return app(req, res);
    readBody(req, res, options, (raw) => {
      const ticket = cache.keyOf(req, raw);
      if (replay(req, res, ticket)) return;
      const text = raw.toString('utf8');
      try {
        (req as WithTicket).body = parseJsonBody(text);
      } catch (e) {
        return sendError(res, 400, errorBody(invalidJsonMessage((e as Error).message), 'BAD_REQUEST'));
      }
      computeOnce(req, res, ticket);
    });
  };
}

/** Read a body up to the size limit and within the time limit, as Express would. */
function readBody(req: IncomingMessage, res: ServerResponse, o: FrontOptions, done: (raw: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const timer = setTimeout(() => {
    sendError(res, 503, errorBody(timeoutMessage(o.requestTimeoutMs), 'TIMEOUT'), true);
  }, o.requestTimeoutMs);
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= o.maxBodyBytes) chunks.push(chunk);
  });
  req.on('error', () => {
    clearTimeout(timer);
    res.destroy();
  });
  req.on('end', () => {
    clearTimeout(timer);
    if (res.headersSent) return;
    if (size > o.maxBodyBytes) return sendError(res, 413, errorBody(tooLargeMessage(o.maxBodyBytes), 'PAYLOAD_TOO_LARGE'));
    done(Buffer.concat(chunks));
  });
}

function sendError(res: ServerResponse, status: number, body: object, close = false): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  const requestId = validRequestId(res.req.headers['x-request-id']) ?? randomUUID();
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-request-id': requestId,
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
  if (close) res.req.destroy();
}

/** JSON as Express's parser takes it (strict: an object or an array; an empty body is {}). */
function parseJsonBody(text: string): unknown {
  const first = text.trimStart()[0];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[')
    throw new SyntaxError(`Unexpected token '${first}', "${text.slice(0, 20)}" is not an object or array`);
  return JSON.parse(text);
}
