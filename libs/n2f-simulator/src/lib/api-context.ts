import type { Reply } from './http-io.js';
import type { RenderView } from './render.js';
import type { Runtime } from './runtime.js';

/** What an API handler gets: the runtime, the path parameters, the query, the body and the caller. */
export interface ApiContext {
  readonly runtime: Runtime;
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly clientId: string;
  readonly view: RenderView;
}

/** An API route: method, path segments (`*` for a parameter) and its handler. */
export interface ApiRoute {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: readonly string[];
  /** `credentials` for `POST /auth` (the body names the client); `token` for every other call. */
  readonly auth: 'credentials' | 'token';
  readonly handle: (context: ApiContext) => Reply;
}
