import type { IncomingMessage, ServerResponse } from 'node:http';
import { redactText } from '@n2f/resilience';
import type { AccessCheck } from './auth.js';
import { sendError } from './respond.js';

/** What a route handler gets: the request, the response, the path parameters and the parsed URL. */
export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly params: Readonly<Record<string, string>>;
  readonly url: URL;
}

/** A route: method, path pattern (`/runs/:id/events`) and handler. */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Answered without the access check (`/healthz`, the dashboard's static files). @default false */
  readonly public?: boolean;
  readonly handle: (context: RouteContext) => void | Promise<void>;
}

/** Options of {@link createRouter}. */
export interface RouterOptions {
  /** Checked before every route not marked `public`. @default every request allowed */
  readonly access?: AccessCheck;
  /** Called with a handler's unexpected error (already answered 500). @default ignore */
  readonly onError?: (error: unknown, route: Route) => void;
}

interface CompiledRoute {
  readonly route: Route;
  readonly match: (path: string) => Record<string, string> | undefined;
}

function compile(route: Route): CompiledRoute {
  const parts = route.path.split('/');
  return {
    route,
    match(path) {
      const given = path.split('/');
      if (given.length !== parts.length) return undefined;
      const params: Record<string, string> = {};
      for (const [i, part] of parts.entries()) {
        const value = given[i] ?? '';
        if (part.startsWith(':')) {
          if (value === '') return undefined;
          params[part.slice(1)] = decodeURIComponent(value);
        } else if (part !== value) return undefined;
      }
      return params;
    },
  };
}

/**
 * A request listener over a route table: 404 for an unknown path, 405 with `Allow` for a known
 * path and another method, the access check's answer (401…) before a route that is not public,
 * 500 (message redacted) when a handler throws.
 * @example createServer(createRouter([{ method: 'GET', path: '/healthz', public: true, handle: ({ res }) => sendJson(res, 200, {}) }]))
 */
export function createRouter(
  routes: readonly Route[],
  options: RouterOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const compiled = routes.map(compile);
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://service.invalid');
    const matches = compiled.flatMap((c) => {
      const params = safeMatch(c, url.pathname);
      return params === undefined ? [] : [{ route: c.route, params }];
    });
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const found = matches.find((m) => m.route.method === method);
    if (found === undefined) return answerUnmatched(req, res, url, matches);
    const denied = found.route.public
      ? undefined
      : options.access?.(req, `${method} ${url.pathname}`);
    if (denied)
      return sendError(res, denied.status, denied.error, denied.message, {}, denied.headers);
    Promise.resolve()
      .then(() => found.route.handle({ req, res, params: found.params, url }))
      .catch((error: unknown) => {
        options.onError?.(error, found.route);
        const message = error instanceof Error ? redactText(error.message) : 'internal error';
        if (!res.headersSent) sendError(res, 500, 'internal', message);
        else res.destroy();
      });
  };
}

/** 404 for an unknown path, 405 with `Allow` for a known path and another method. */
function answerUnmatched(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  matches: readonly { readonly route: Route }[],
): void {
  if (matches.length === 0) return sendError(res, 404, 'not-found', `No route for ${url.pathname}`);
  const allow = [...new Set(matches.map((m) => m.route.method))].join(', ');
  sendError(
    res,
    405,
    'method-not-allowed',
    `${req.method ?? ''} is not allowed here`,
    {},
    { allow },
  );
}

function safeMatch(route: CompiledRoute, path: string): Record<string, string> | undefined {
  try {
    return route.match(path);
  } catch {
    return undefined; // a malformed %-escape matches nothing
  }
}
