import { createN2fClient } from '@n2f/n2f-client';
import { createQuotaLimiter, quotaWindowAt } from '@n2f/resilience';
import { createManualClock } from '@n2f/resilience/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { estimateCalls } from '../src/lib/plan/estimate/estimate.js';
import { planRun } from '../src/lib/run/sync-run.js';
import { startHarness, userRow, type RunHarness } from './run-harness.js';

let harness: RunHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('one quota description for the estimate and the limiter', () => {
  it('agree on the window in force and the time the writes take, with custom window hours', async () => {
    // 18:00 UTC: day by the default hours (20:00 Paris), night by these.
    const start = Date.parse('2026-12-07T18:00:00Z');
    const clock = createManualClock(start);
    const limiter = createQuotaLimiter({
      day: { reads: 100, writes: 3 },
      night: { reads: 100, writes: 7 },
      dayStart: '09:30',
      nightStart: '17:45',
      timeZone: 'UTC',
      clock,
    });
    const window = limiter.quotas.windowAt(clock.now());
    expect(window).toBe('night');
    expect(quotaWindowAt(start)).toBe('day');
    const estimate = estimateCalls(
      { targetReads: 0, referenceReads: 0, creates: 19, updates: 0, deletes: 0 },
      limiter.quotas,
    );
    const sent: number[] = [];
    const sending = (async () => {
      for (let i = 0; i < estimate.writes.total; i++) {
        await limiter.acquire('write');
        sent.push(clock.now());
      }
    })();
    while (sent.length < estimate.writes.total) await clock.advance(1_000);
    await sending;
    expect((sent.at(-1) ?? start) - start).toBe(estimate.durationMs[window]);
    expect(estimate.durationMs[window]).toBe(2 * 60_000);
  });

  it('a run estimates with the quotas of its client', async () => {
    harness = await startHarness({ users: [userRow({ AdresseEmail: 'a@x.example' })] });
    const budget = { reads: 500, writes: 1 };
    const client = createN2fClient({
      baseUrl: harness.sim.url,
      credentials: { clientId: 'demo', clientSecret: 'demo-secret' },
      quota: { day: budget, night: budget },
    });
    const planned = await planRun({ source: harness.source(), client, scopes: ['users'] });
    const users = planned.scopes[0];
    if (users?.status !== 'planned') throw new Error('users was not planned');
    const { writes, durationMs } = users.plan.estimate;
    expect(writes.total).toBe(2);
    expect(durationMs.day).toBe(client.quotas.windowMs);
    expect(durationMs.night).toBe(client.quotas.windowMs);
  });
});
