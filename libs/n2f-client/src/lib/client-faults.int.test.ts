import {
  apiPolicy,
  isAbortedError,
  isApiError,
  isNetworkError,
  isTimeoutError,
} from '@n2f/resilience';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { clientOf, simulator } from '../../test/simulator.js';
import { N2F_REQUEST_CHANNEL, type N2fRequestEvent } from './request-channel.js';

type Sim = Awaited<ReturnType<typeof simulator>>;
const roleCalls = (sim: Sim): number[] =>
  sim
    .requests()
    .filter((r) => r.path === '/roles')
    .map((r) => r.status);

describe('transient failures against the simulator', () => {
  it('retries 5xx answers and succeeds', async () => {
    const sim = await simulator({ faults: { next: [{ count: 2, path: '/roles', status: 503 }] } });
    await expect(clientOf(sim).listRoles()).resolves.toHaveLength(3);
    expect(roleCalls(sim)).toEqual([503, 503, 200]);
  });

  it('gives up after the attempt limit with a clear error', async () => {
    const sim = await simulator({ faults: { next: [{ count: 10, path: '/roles', status: 500 }] } });
    const policy = apiPolicy({ maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 });
    const error = await clientOf(sim, { policy })
      .listRoles()
      .catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(500);
    expect(isApiError(error) && error.message).toContain('500 on GET /roles');
    expect(roleCalls(sim)).toEqual([500, 500, 500]);
  });

  it('retries a dropped connection, then reports a NetworkError after the limit', async () => {
    const sim = await simulator({ faults: { next: [{ count: 1, path: '/roles', drop: true }] } });
    const n2f = clientOf(sim);
    await expect(n2f.listRoles()).resolves.toHaveLength(3);
    sim.setFaults({ next: [{ count: 10, path: '/roles', drop: true }] });
    const error = await n2f.listRoles().catch((e: unknown) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(isNetworkError(error) && error.message).toContain('GET /roles');
  });

  it('times out a slow answer on every attempt, then reports a TimeoutError', async () => {
    const sim = await simulator({ faults: { latencyMs: 400 } });
    const policy = apiPolicy({ maxAttempts: 2, initialDelayMs: 1, timeoutMs: 50 });
    const n2f = clientOf(sim, { policy });
    const codes: unknown[] = [];
    const listen = (message: unknown): void =>
      void codes.push((message as N2fRequestEvent).errorCode);
    subscribe(N2F_REQUEST_CHANNEL, listen);
    const error = await n2f.listCompanies().catch((e: unknown) => e);
    unsubscribe(N2F_REQUEST_CHANNEL, listen);
    expect(isTimeoutError(error)).toBe(true);
    // The auth call is slow too: both of its attempts time out, reported as timeouts.
    expect(codes).toEqual(['TIMEOUT', 'TIMEOUT']);
  });

  it('waits out a 429 storm, honouring Retry-After, then succeeds', async () => {
    const sim = await simulator({
      faults: { retryAfterSeconds: 1, next: [{ count: 2, path: '/roles', status: 429 }] },
    });
    const n2f = clientOf(sim);
    const started = performance.now();
    await expect(n2f.listRoles()).resolves.toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(roleCalls(sim)).toEqual([429, 429, 200]);
    expect(n2f.usage().calls.read).toMatchObject({ requests: 3, ok: 1, rateLimited: 2 });
  });

  it('stops at once when the caller aborts, and sends nothing more', async () => {
    const sim = await simulator({ faults: { latencyMs: 2_000 } });
    const n2f = clientOf(sim);
    const controller = new AbortController();
    const pending = n2f.listRoles({ signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 100);
    expect(isAbortedError(await pending)).toBe(true);
    // The simulator logs a request once answered: nothing answered yet means the client did not
    // wait out the 2 s latency (the abort timer always fires first: it expires long before).
    expect(sim.requests()).toEqual([]);
  });
});
