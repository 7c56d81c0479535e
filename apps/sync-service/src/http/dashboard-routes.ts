import { readFile } from 'node:fs/promises';
import type { Route } from './router.js';
import { sendText } from './respond.js';

/** The dashboard's files, beside `src/` and `dist/` alike (no build step). */
const PUBLIC_DIR = new URL('../../public/', import.meta.url);

/** Only these files are served, by fixed name: no path from the request reaches the file system. */
const ASSETS: readonly { path: string; file: string; type: string }[] = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  { path: '/app.js', file: 'app.js', type: 'text/javascript; charset=utf-8' },
  { path: '/run-view.js', file: 'run-view.js', type: 'text/javascript; charset=utf-8' },
  { path: '/render.js', file: 'render.js', type: 'text/javascript; charset=utf-8' },
  { path: '/style.css', file: 'style.css', type: 'text/css; charset=utf-8' },
];

/** The page may load only its own script and style and talk only to this service. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `GET /` and its script modules and style sheet: the monitoring dashboard (files read once, then kept). */
export function dashboardRoutes(): Route[] {
  const cache = new Map<string, Buffer>();
  return ASSETS.map((asset) => ({
    method: 'GET',
    path: asset.path,
    async handle({ res }) {
      let body = cache.get(asset.file);
      if (body === undefined) {
        body = await readFile(new URL(asset.file, PUBLIC_DIR));
        cache.set(asset.file, body);
      }
      res.setHeader('content-security-policy', CSP);
      sendText(res, 200, asset.type, body);
    },
  }));
}
