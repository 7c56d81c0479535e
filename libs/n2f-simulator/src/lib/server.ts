import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api.js';
import { answerControl, CONTROL_PREFIX } from './control-routes.js';
import { createControls, type SimulatorControls } from './controls.js';
import { failure, send } from './http-io.js';
import { resolveSimulatorOptions, type SimulatorOptions } from './options.js';
import { createRuntime, type Runtime } from './runtime.js';

/** The path every API call goes under. */
export const API_BASE_PATH = '/services/api/v2/';

/** A running simulator: its API base URL, the controls, and `close()`. */
export interface Simulator extends SimulatorControls {
  /** The API base, ending in `/services/api/v2/`. */
  readonly url: string;
  /** The server root, e.g. `http://127.0.0.1:4321` (the control surface is under `/__simulator/`). */
  readonly origin: string;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/**
 * Starts the N2F API simulator on `options.port` (default: a free port) with the demo account.
 * @example
 * const sim = await startSimulator({ quota: false });
 * const res = await fetch(`${sim.url}auth`, { method: 'POST', body: JSON.stringify({ client_id: 'demo', client_secret: 'demo-secret' }) });
 * await sim.close();
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const resolved = resolveSimulatorOptions(options);
  resolved.signal?.throwIfAborted();
  const runtime = createRuntime(resolved);
  const controls = createControls(runtime);
  const server = createServer((req, res) => {
    dispatch(runtime, controls, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, failure(500, `Simulator error: ${String(error)}`));
      else res.destroy();
    });
  });
  await listen(server, resolved.port, resolved.host, resolved.signal);
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const origin = `http://${host}:${port}`;
  const close = (): Promise<void> => stop(server);
  resolved.signal?.addEventListener('abort', () => void close(), { once: true });
  return { ...controls, url: `${origin}${API_BASE_PATH}`, origin, close };
}

async function dispatch(
  runtime: Runtime,
  controls: SimulatorControls,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const raw = req.url ?? '/';
  const queryAt = raw.indexOf('?');
  // N2F clients often join paths with `//`: collapse runs of slashes before routing.
  const path = (queryAt < 0 ? raw : raw.slice(0, queryAt)).replace(/\/{2,}/g, '/');
  const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
  if (path.startsWith(CONTROL_PREFIX))
    send(res, await answerControl(controls, req, path.slice(CONTROL_PREFIX.length)));
  else if (`${path}/`.startsWith(API_BASE_PATH))
    await handleApi(runtime, req, res, path.slice(API_BASE_PATH.length - 1), query);
  else send(res, failure(404, `Not under ${API_BASE_PATH}: ${path}`));
}

function listen(
  server: Server,
  port: number,
  host: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      server.close();
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    server.once('error', reject);
    server.listen(port, host, () => {
      signal?.removeEventListener('abort', onAbort);
      server.off('error', reject);
      resolve();
    });
  });
}

function stop(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
