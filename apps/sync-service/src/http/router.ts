import type { IncomingMessage, ServerResponse } from 'node:http';
import { redactText } from '@n2f/resilience';
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
  readonly handle: (context: RouteContext) => void | Promise<void>;
}

/** Called with a handler's unexpected error (already answered 500). */
export type RouteErrorHandler = (error: unknown, route: Route) => void;

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
 * path and another method, 500 (message redacted) when a handler throws.
 * @example createServer(createRouter([{ method: 'GET', path: '/healthz', handle: ({ res }) => sendJson(res, 200, {}) }]))
 */
export function createRouter(
  routes: readonly Route[],
  onError: RouteErrorHandler = () => undefined,
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
    if (found === undefined) {
      if (matches.length === 0)
        return sendError(res, 404, 'not-found', `No route for ${url.pathname}`);
      const allow = [...new Set(matches.map((m) => m.route.method))].join(', ');
      return sendError(
        res,
        405,
        'method-not-allowed',
        `${req.method ?? ''} is not allowed here`,
        {},
        { allow },
      );
    }
    Promise.resolve()
      .then(() => found.route.handle({ req, res, params: found.params, url }))
      .catch((error: unknown) => {
        onError(error, found.route);
        const message = error instanceof Error ? redactText(error.message) : 'internal error';
        if (!res.headersSent) sendError(res, 500, 'internal', message);
        else res.destroy();
      });
  };
}

function safeMatch(route: CompiledRoute, path: string): Record<string, string> | undefined {
  try {
    return route.match(path);
  } catch {
    return undefined; // a malformed %-escape matches nothing
  }
}
