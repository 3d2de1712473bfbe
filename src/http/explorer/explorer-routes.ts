/**
 * Hosting the explorer (the web app built by web/build.mjs into dist/web/): its assets, and its
 * page for every route the app knows. Ids in a URL are resolved here, so an unknown
 * municipality or agreement is an HTTP 404 (the app then shows its not-found page).
 * Everything is served with a Content-Security-Policy that allows this server's own origin only.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { extname, join } from 'path';
import type { EntityManager } from '@mikro-orm/core';
import type { Express, Request, Response } from 'express';
import { inProject } from '../../project-root';
import { Agreement } from '../../modules/agreement/agreement.entity';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { fromGlobalId } from '../../modules/shared/global-id';

/** Nothing from another origin: scripts, styles, images, fonts and requests come from this server alone. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Paths of the app's pages that need no lookup. */
const PAGES = ['/', '/map', '/survey'];

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teikei Graph</title></head>
<body><h1>The explorer is not built</h1><p>Run <code>npm run build</code> (or <code>npm start</code>, which builds it). The API is at <a href="/graphql">/graphql</a>.</p></body></html>`;

function securityHeaders(res: Response): void {
  res.set({ 'content-security-policy': EXPLORER_CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' });
}

/** Whether a municipality or agreement with this global id exists. */
async function exists(em: EntityManager, type: 'Municipality' | 'Agreement', id: string): Promise<boolean> {
  const decoded = fromGlobalId(id);
  if (decoded?.type !== type) return false;
  const entity = type === 'Municipality' ? Municipality : Agreement;
  return (await em.fork().count(entity, { key: decoded.key })) > 0;
}

/** Mount the explorer on `app`; `dir` is the built app (dist/web). */
export function mountExplorer(app: Express, em: EntityManager, dir = inProject('dist/web')): void {
  const indexFile = join(dir, 'index.html');
  // Read again when a new build replaced it (the asset names in it change with every build).
  let cached: { mtime: number; body: Buffer } | null = null;
  const readIndex = (): Buffer | null => {
    const mtime = existsSync(indexFile) ? statSync(indexFile).mtimeMs : -1;
    if (mtime < 0) return null;
    if (cached?.mtime !== mtime) cached = { mtime, body: readFileSync(indexFile) };
    return cached.body;
  };
  const page = (res: Response, status: number) => {
    const index = readIndex();
    securityHeaders(res);
    res
      .status(index ? status : 503)
      .type('html')
      .set('cache-control', 'no-cache')
      .send(index ?? NOT_BUILT);
  };

  app.get('/assets/:file', (req, res) => {
    const name = req.params.file;
    const path = join(dir, 'assets', name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(path)) {
      res.status(404).type('text/plain').send('no such asset');
      return;
    }
    securityHeaders(res);
    // Vite names every asset by its content hash: it never changes under the same name.
    res
      .type(TYPES[extname(name)] ?? 'application/octet-stream')
      .set('cache-control', 'public, max-age=31536000, immutable')
      .send(readFileSync(path));
  });
  app.get(PAGES, (_req, res) => page(res, 200));
  const entityPage = (type: 'Municipality' | 'Agreement') => async (req: Request<{ id: string }>, res: Response) => {
    page(res, (await exists(em, type, req.params.id)) ? 200 : 404);
  };
  app.get('/municipalities/:id', entityPage('Municipality'));
  app.get('/agreements/:id', entityPage('Agreement'));
  // Any other page a browser asks for: the app's not-found page, with 404.
  app.get('/{*rest}', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    page(res, 404);
  });
}
