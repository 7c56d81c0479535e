import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDataFiles } from '@n2f/agresso-source';
import { startSimulator, type Simulator } from '@n2f/n2f-simulator';
import { loadConfig } from '../src/config.js';
import type { Env } from '../src/config/secrets.js';
import { demoStateWithDepartments, writeDemoAnalytics } from '../src/demo.js';
import type { ServiceEvent } from '../src/runs/service-events.js';
import { startSyncService, type SyncService } from '../src/service.js';

/** The bearer token of the test services. */
export const TOKEN = 'test-token-0123456789abcdef';

/** A simulator with the demo account and its Département axes, a temp data dir, and the services started on them. */
export interface ServiceHarness {
  readonly sim: Simulator;
  readonly dataDir: string;
  /** The variables of a service on this simulator, the demo files and the data dir. */
  env(extra?: Env): Env;
  /** Starts a service (closed by `close()` unless closed before). */
  start(extra?: Env): Promise<SyncService>;
  close(): Promise<void>;
}

/** Starts the simulator (`latencyMs` per answer, so that runs last long enough to watch). */
export async function startHarness(
  options: { readonly latencyMs?: number } = {},
): Promise<ServiceHarness> {
  const sim = await startSimulator({
    state: demoStateWithDepartments(),
    quota: false,
    faults: { latencyMs: options.latencyMs ?? 2 },
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'n2f-sync-service-'));
  const analytics = await writeDemoAnalytics(join(dataDir, 'source'));
  const services: SyncService[] = [];
  const env = (extra: Env = {}): Env => ({
    SYNC_SERVICE_PORT: '0',
    SYNC_SERVICE_DATA_DIR: join(dataDir, 'service'),
    SYNC_SERVICE_TOKEN: TOKEN,
    SYNC_SERVICE_CRON: 'off',
    SYNC_SERVICE_PROTECTED: 'admin@n2f-demo.example,api@n2f-demo.example',
    N2F_BASE_URL: sim.url,
    N2F_SANDBOX: 'true',
    N2F_CLIENT_ID: 'demo',
    N2F_CLIENT_SECRET: 'demo-secret',
    N2F_QUOTAS: 'off',
    AGRESSO_USERS_FILE: demoDataFiles().users,
    AGRESSO_ANALYTICS_FILE: analytics,
    ...extra,
  });
  return {
    sim,
    dataDir,
    env,
    async start(extra) {
      const service = await startSyncService(await loadConfig(env(extra)), {
        sampleIntervalMs: 100,
      });
      services.push(service);
      return service;
    },
    async close() {
      await Promise.allSettled(services.map((service) => service.close()));
      await sim.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `POST /runs` with the token (or another, or none with `null`). */
export function postRun(
  service: Pick<SyncService, 'url'>,
  body: unknown = {},
  token: string | null = TOKEN,
): Promise<Response> {
  return fetch(new URL('runs', service.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
}

/** Reads an SSE answer with `fetch`, parsing each `data:` line, until the stream ends or `until` says stop. */
export async function readEvents(
  url: URL | string,
  until: (event: ServiceEvent) => boolean = () => false,
  headers: Record<string, string> = {},
): Promise<ServiceEvent[]> {
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers } });
  if (!res.ok || !res.body) throw new Error(`${String(url)}: HTTP ${res.status}`);
  const events: ServiceEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6));
      if (data.length === 0) continue;
      const event = JSON.parse(data.join('\n')) as ServiceEvent;
      events.push(event);
      // Leaving the loop cancels the body: the server sees the client go.
      if (until(event)) return events;
    }
  }
  return events;
}

/** Waits until `check` holds, polling. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 100_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
