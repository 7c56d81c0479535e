import { isAbortedError } from '@n2f/resilience';
import { describe, expect, it, vi } from 'vitest';
import { BE10, clientOf, simulator } from '../../test/simulator.js';

/** A simulator whose minute lasts one real second, with room for one call more than the client's budget. */
const scaledSimulator = (): ReturnType<typeof simulator> =>
  simulator({ quota: { reads: 6, writes: 4 }, clock: { speed: 60 } });

const budget = { reads: 5, writes: 3 };
const quota = { day: budget, night: budget, windowMs: 1_000 };

describe('quotas against the simulator', () => {
  it('spreads reads over the window and never gets a 429', async () => {
    const sim = await scaledSimulator();
    const n2f = clientOf(sim, { quota });
    const started = performance.now();
    for (let i = 0; i < 14; i += 1) await n2f.listRoles();
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(sim.requests().map((r) => r.status)).not.toContain(429);
    const usage = n2f.usage();
    expect(usage.calls.read.requests).toBe(14);
    expect(usage.quota.read.waits).toBeGreaterThan(0);
  });

  it('counts the auth call as a write', async () => {
    const sim = await scaledSimulator();
    const n2f = clientOf(sim, { quota });
    const value = (
      code: string,
    ): { code: string; names: { culture: string; value: string }[] } => ({
      code,
      names: [{ culture: 'fr', value: code }],
    });
    const started = performance.now();
    for (const code of ['A', 'B', 'C']) await n2f.upsertAxeValue(BE10, 'projects', value(code));
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(n2f.usage().calls.write.requests).toBe(4);
    expect(sim.requests().map((r) => r.status)).not.toContain(429);
  });

  it('pauses the bucket on a 429 so other calls wait too', async () => {
    const sim = await simulator({
      faults: { retryAfterSeconds: 1, next: [{ count: 1, path: '/roles', status: 429 }] },
    });
    const n2f = clientOf(sim, { quota });
    await n2f.listCompanies();
    const first = n2f.listRoles();
    await vi.waitFor(() => expect(n2f.usage().calls.read.rateLimited).toBe(1), { timeout: 10_000 });
    // (No pause left only if this test saw the 429 after the whole second had passed.)
    const pausedUntil = n2f.usage().quota.pausedUntil ?? Date.now();
    await n2f.listUserProfiles();
    // However late this test saw the 429, the other call did not go out before the pause ended.
    expect(Date.now()).toBeGreaterThanOrEqual(pausedUntil);
    await first;
  });

  it('stops waiting for a quota slot when the caller aborts', async () => {
    const sim = await simulator();
    const one = { reads: 1, writes: 1 };
    const n2f = clientOf(sim, { quota: { day: one, night: one, windowMs: 60_000 } });
    await n2f.listRoles();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await n2f.listRoles({ signal: controller.signal }).catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
    expect(sim.requests().filter((r) => r.path === '/roles')).toHaveLength(1);
  });
});
