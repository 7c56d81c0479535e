import { setTimeout as sleep } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiRoute } from './api-context.js';
import { matchRoute } from './api-routes.js';
import { identifyClient } from './auth.js';
import type { InjectedFault } from './fault-engine.js';
import { checkQuota, checkToken } from './guards.js';
import { failure, isReply, readJson, send, type Reply } from './http-io.js';
import type { QuotaBucket } from './quota.js';
import { renderView } from './render.js';
import type { Runtime } from './runtime.js';

/** One API request under the base: latency, faults, routing, auth, quota, handler, log. */
export async function handleApi(
  runtime: Runtime,
  req: IncomingMessage,
  res: ServerResponse,
  apiPath: string,
  query: URLSearchParams,
): Promise<void> {
  const started = performance.now();
  const at = new Date(runtime.clock.now()).toISOString();
  const method = req.method ?? 'GET';
  const bucket: QuotaBucket = method === 'GET' ? 'read' : 'write';
  const segments = decodeSegments(apiPath);
  const path = segments ? `/${segments.join('/')}` : apiPath;
  const delay = runtime.faults.delayMs();
  if (delay > 0) await sleep(delay);
  const fault = runtime.faults.pick(method, path);
  let status = 0;
  if (fault?.kind === 'drop') req.socket.destroy();
  else {
    const reply = fault
      ? faultReply(fault)
      : await answer(runtime, req, method, segments, query, bucket);
    send(res, reply);
    status = reply.status;
  }
  const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
  runtime.log.add({
    at,
    method,
    path,
    query: Object.fromEntries(query),
    status,
    durationMs,
    bucket,
  });
}

async function answer(
  runtime: Runtime,
  req: IncomingMessage,
  method: string,
  segments: string[] | undefined,
  query: URLSearchParams,
  bucket: QuotaBucket,
): Promise<Reply> {
  if (!segments) return failure(400, 'The path is not valid percent-encoding');
  const match = matchRoute(method, segments);
  if (!match.route) {
    if (match.allowed.length === 0)
      return failure(404, `No such endpoint: ${method} /${segments.join('/')}`);
    return failure(405, `Method ${method} not allowed here`, [], {
      allow: match.allowed.join(', '),
    });
  }
  const caller = await identify(runtime, match.route, req);
  if (isReply(caller)) return caller;
  const refused = checkQuota(runtime, caller.clientId, bucket);
  if (refused) return refused;
  const view = renderView(runtime);
  return match.route.handle({
    runtime,
    params: match.params,
    query,
    body: caller.body,
    clientId: caller.clientId,
    view,
  });
}

/** The caller (by token, or by the credentials of `POST /auth`) and the JSON body of a POST. */
async function identify(
  runtime: Runtime,
  route: ApiRoute,
  req: IncomingMessage,
): Promise<{ clientId: string; body: unknown } | Reply> {
  const byToken =
    route.auth === 'token' ? checkToken(runtime, req.headers.authorization) : undefined;
  if (byToken && isReply(byToken)) return byToken;
  const body = route.method === 'POST' ? await readJson(req) : { value: undefined };
  if (isReply(body)) return body;
  const client = byToken ?? identifyClient(runtime.store.account, body.value);
  return isReply(client) ? client : { clientId: client.clientId, body: body.value };
}

function decodeSegments(apiPath: string): string[] | undefined {
  try {
    return apiPath
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function faultReply(fault: Extract<InjectedFault, { kind: 'status' }>): Reply {
  const headers = fault.status === 429 ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
  if (fault.body === undefined)
    return failure(fault.status, `Injected fault: status ${fault.status}`, [], headers);
  return {
    status: fault.status,
    body: fault.body,
    headers,
    contentType: 'text/plain; charset=utf-8',
  };
}
