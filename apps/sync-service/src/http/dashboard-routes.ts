import { readFile } from 'node:fs/promises';
import type { Route } from './router.js';
import { sendText } from './respond.js';

/** The dashboard's files, beside `src/` and `dist/` alike (no build step). */
const PUBLIC_DIR = new URL('../../public/', import.meta.url);

const SCRIPTS = [
  'app.js',
  'api.js',
  'changes.js',
  'format.js',
  'plan-review.js',
  'quota-chart.js',
  'render.js',
  'run-details.js',
  'run-view.js',
];

/** Only these files are served, by fixed name: no path from the request reaches the file system. */
const ASSETS: readonly { path: string; file: string; type: string }[] = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  ...SCRIPTS.map((file) => ({ path: `/${file}`, file, type: 'text/javascript; charset=utf-8' })),
  { path: '/style.css', file: 'style.css', type: 'text/css; charset=utf-8' },
];

/** The page may load only its own script and style and talk only to this service. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /` and its script modules and style sheet: the monitoring dashboard (files read once, then
 * kept). They are public: a browser cannot send a header to open a page, and they hold no data;
 * the page asks for the token and sends it with every call.
 */
export function dashboardRoutes(): Route[] {
  const cache = new Map<string, Buffer>();
  return ASSETS.map((asset) => ({
    method: 'GET',
    path: asset.path,
    public: true,
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
