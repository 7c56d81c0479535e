import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createCache } from '@n2f/cache';
import { createMetrics, METRICS_CHANNELS } from '@n2f/metrics';
import {
  circuitBreakerPolicy,
  createQuotaLimiter,
  NetworkError,
  retryPolicy,
} from '@n2f/resilience';
import { createManualClock } from '@n2f/resilience/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createSyncRun } from '../src/lib/run/sync-run.js';
import { startHarness, type RunHarness } from './run-harness.js';

let harness: RunHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

// The policies on their own: a run over a healthy simulator neither gives up nor opens a breaker.
async function exerciseResilience(): Promise<void> {
  const down = (): Promise<never> => Promise.reject(new NetworkError('contract: N2F is down'));
  const retry = retryPolicy({ name: 'contract', maxAttempts: 2, initialDelayMs: 1, maxDelayMs: 1 });
  await expect(retry.execute(down)).rejects.toThrow(/down/);
  const breaker = circuitBreakerPolicy({ name: 'contract', threshold: 1 });
  await expect(breaker.execute(down)).rejects.toThrow(/down/);
  const clock = createManualClock();
  const limiter = createQuotaLimiter({
    day: { reads: 1, writes: 1 },
    night: { reads: 1, writes: 1 },
    clock,
  });
  await limiter.acquire('read');
  const waiting = limiter.acquire('read');
  await clock.advance(60_000);
  await waiting;
}

describe('the diagnostics-channel contract', () => {
  it('metrics accepts every message the real publishers send, on every channel it declares', async () => {
    const seen = new Map<string, unknown[]>(METRICS_CHANNELS.map((channel) => [channel, []]));
    const listeners = METRICS_CHANNELS.map((channel) => {
      const listener = (message: unknown): void => void seen.get(channel)?.push(message);
      subscribe(channel, listener);
      return () => unsubscribe(channel, listener);
    });
    const metrics = createMetrics();
    try {
      harness = await startHarness({
        simulator: { faults: { seed: 3, errorRate: 0.05, retryAfterSeconds: 0 } },
      });
      // The client (n2f:request), the file source (agresso:query), the cache (cache:lookup) and
      // the core (sync:*) publish from a real run.
      const run = createSyncRun({
        source: harness.source(),
        client: harness.client(),
        referenceCache: createCache({ namespace: 'references' }),
        scopes: ['users', 'projects'],
      });
      await run.start();
      await exerciseResilience();
    } finally {
      for (const stop of listeners) stop();
      metrics.dispose();
    }
    const silent = METRICS_CHANNELS.filter((channel) => (seen.get(channel) ?? []).length === 0);
    expect(silent).toEqual([]);
    const prometheus = metrics.toPrometheus();
    expect(prometheus).toContain('sync_');
    expect(prometheus).not.toMatch(/^metrics_dropped_messages_total\{[^}]*\} [1-9]/m);
  });
});
