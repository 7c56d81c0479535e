import { isAuthenticationError } from '@n2f/resilience';
import { createManualClock } from '@n2f/resilience/testing';
import { describe, expect, it } from 'vitest';
import { clientOf, simulator } from '../../test/simulator.js';

type Sim = Awaited<ReturnType<typeof simulator>>;
const auths = (sim: Sim): number => sim.requests().filter((r) => r.path === '/auth').length;
const statuses = (sim: Sim): number[] => sim.requests().map((r) => r.status);

describe('authentication against the simulator', () => {
  it('fetches the token lazily, once, for concurrent callers', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim);
    expect(sim.requests()).toEqual([]);
    await Promise.all([
      n2f.listRoles(),
      n2f.listUserProfiles(),
      n2f.listCompanies(),
      n2f.listUsers(),
    ]);
    expect(auths(sim)).toBe(1);
    expect(n2f.usage().authentications).toBe(1);
  });

  it('re-authenticates once when the token expires mid-run, with no error surfaced', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim);
    await n2f.listRoles();
    sim.setClock({ now: new Date(Date.now() + 2 * 3_600_000).toISOString() });
    await expect(n2f.listRoles()).resolves.toHaveLength(3);
    await n2f.listUserProfiles();
    expect(auths(sim)).toBe(2);
    expect(statuses(sim).filter((s) => s === 401)).toHaveLength(1);
  });

  it('refreshes the token a margin before its validity ends, without a 401', async () => {
    // Both clocks stand at the same instant: the simulator's all but stopped, the client's moved by hand.
    const start = '2025-01-06T10:00:00Z';
    const sim = await simulator({ clock: { now: start, speed: 1e-6 } });
    const clock = createManualClock(Date.parse(start));
    const n2f = clientOf(sim, { clock, tokenRefreshMarginMs: 60_000 });
    await n2f.listRoles();
    await clock.advance(3_600_000 - 61_000);
    await n2f.listRoles();
    expect(auths(sim)).toBe(1);
    await clock.advance(2_000);
    await n2f.listRoles();
    expect(auths(sim)).toBe(2);
    expect(statuses(sim)).not.toContain(401);
  });

  it('gives a clear AuthenticationError for wrong credentials, without a retry storm', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim, { credentials: { clientId: 'demo', clientSecret: 'wrong-secret' } });
    const error = await n2f.listUsers().catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(/N2F_CLIENT_ID.*N2F_CLIENT_SECRET/);
    expect(message).toContain(sim.url);
    expect(`${message} ${JSON.stringify(error)}`).not.toContain('wrong-secret');
    expect(sim.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /auth 401',
    ]);
  });

  it('stops after one new token when N2F keeps rejecting tokens', async () => {
    const sim = await simulator({ faults: { earlyExpiryRate: 1 } });
    const error = await clientOf(sim)
      .listRoles()
      .catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect(auths(sim)).toBe(2);
    expect(sim.requests()).toHaveLength(4);
  });
});
