/**
 * Hosting the explorer (the web app built by web/build.mjs into dist/web/): its assets, and its
 * page for every route the app knows. Ids in a URL are resolved here, so an unknown
 * municipality or agreement is an HTTP 404 (the app then shows its not-found page), and an
 * agreement's former id is a permanent redirect to its page.
 * Everything is served with a Content-Security-Policy that allows this server's own origin only.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { extname, join } from 'path';
import type { EntityManager } from '@mikro-orm/core';
import type { Express, Request, Response } from 'express';
import { inProject } from '../../project-root';
import { Agreement } from '../../modules/agreement/agreement.entity';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { fromGlobalId, toGlobalId } from '../../modules/shared/global-id';

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

/**
 * Where a municipality's or agreement's page is: `current` when the id is its id, `moved` with its
 * id now when the id was built from an agreement's former key (#19), null when nothing has it.
 */
async function locate(em: EntityManager, type: 'Municipality' | 'Agreement', id: string): Promise<'current' | { moved: string } | null> {
  const decoded = fromGlobalId(id);
  if (decoded?.type !== type) return null;
  const fork = em.fork();
  if (type === 'Municipality') return (await fork.count(Municipality, { key: decoded.key })) > 0 ? 'current' : null;
  if ((await fork.count(Agreement, { key: decoded.key })) > 0) return 'current';
  const former = await fork.findOne(Agreement, { formerKey: decoded.key }, { fields: ['key'] });
  return former ? { moved: toGlobalId('Agreement', former.key) } : null;
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
  const entityPage = (type: 'Municipality' | 'Agreement', base: string) => async (req: Request<{ id: string }>, res: Response) => {
    const found = await locate(em, type, req.params.id);
    if (found && found !== 'current') {
      // An id from before the keys were stable: its page lives at the id it has now.
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(301, `${base}/${found.moved}${query}`);
      return;
    }
    page(res, found ? 200 : 404);
  };
  app.get('/municipalities/:id', entityPage('Municipality', '/municipalities'));
  app.get('/agreements/:id', entityPage('Agreement', '/agreements'));
  // Any other page a browser asks for: the app's not-found page, with 404.
  app.get('/{*rest}', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    page(res, 404);
  });
}
