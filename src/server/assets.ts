import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

/** The page's one stylesheet and one script, read once when the app is made. */
export function assetRoutes(): Hono {
  const read = (name: string) => readFileSync(new URL(`../web/static/${name}`, import.meta.url), 'utf8');
  const assets = [
    { path: '/static/app.css', type: 'text/css; charset=utf-8', body: read('app.css') },
    { path: '/static/app.js', type: 'text/javascript; charset=utf-8', body: read('app.js') },
  ];
  const routes = new Hono();
  for (const asset of assets)
    routes.get(asset.path, (c) =>
      c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': 'no-cache' }),
    );
  return routes;
}
