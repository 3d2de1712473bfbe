/** Express routes of the offline IDE: `GET /graphql` from a browser, and its assets. */
import { readFileSync } from 'fs';
import type { Express } from 'express';
import { IDE_ASSETS, idePage, loadExampleTabs } from './ide-page';

const ASSET_BASE = '/ide';

/** Mount the IDE: a browser's GET /graphql (no query in the URL) gets the page; anything else goes on to GraphQL. */
export function mountIde(app: Express): void {
  const html = idePage('/graphql', ASSET_BASE, loadExampleTabs());
  const assets = new Map(Object.entries(IDE_ASSETS).map(([name, a]) => [name, { body: readFileSync(a.file), type: a.type }]));
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get(`${ASSET_BASE}/:name`, (req, res) => {
    const asset = assets.get(req.params.name);
    if (!asset) {
      res.status(404).type('text/plain').send('no such IDE asset');
      return;
    }
    res.type(asset.type).set('cache-control', 'public, max-age=86400').send(asset.body);
  });
  app.get('/graphql', (req, res, next) => {
    // Browsers ask for text/html first; GraphQL clients for JSON or GraphQL responses.
    const wantsHtml = req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
    if (req.query.query !== undefined || !wantsHtml) {
      next();
      return;
    }
    res.type('html').send(html);
  });
}
