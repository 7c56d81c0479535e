import { describe, expect, it } from 'vitest';
import { callsBetween, runWorkers, worstExcess } from '../../test/quota-helpers.js';
import { createManualClock } from '../testing.js';
import { createQuotaLimiter } from './quota-limiter.js';

const MINUTE = 60_000;
const at = (iso: string): number => Date.parse(iso);

describe('quota limiter across window switches (Europe/Paris, DST days included)', () => {
  it.each([
    ['20:00 on 2026-03-29 (first day of summer time)', '2026-03-29T18:00:00Z', 10, 50],
    ['06:00 on 2026-03-29', '2026-03-29T04:00:00Z', 50, 10],
    ['06:00 on 2026-10-25 (first day of winter time)', '2026-10-25T05:00:00Z', 50, 10],
    ['20:00 on 2026-10-25', '2026-10-25T19:00:00Z', 10, 50],
  ])('never exceeds the budget in force around %s', async (_label, iso, before, after) => {
    const switchAt = at(iso);
    // Off the minute, so the oldest call does not happen to leave the window at the switch.
    const clock = createManualClock(switchAt - 5 * MINUTE + 17_000);
    const limiter = createQuotaLimiter({ clock });
    const run = runWorkers(clock, limiter, { bucket: 'write', workers: 200, callMs: 500 });
    await clock.advanceTo(switchAt + 10 * MINUTE);
    const stamps = await run.stop();

    // Budgets from the expected switch instant, not from the code under test.
    expect(worstExcess(stamps, MINUTE, (t) => (t < switchAt ? before : after))).toBeLessThanOrEqual(
      0,
    );
    // Queued work fills the new budget: by day after a few minutes, at night from the switch on.
    expect(callsBetween(stamps, switchAt + 5 * MINUTE, switchAt + 10 * MINUTE)).toBe(5 * after);
    if (after > before)
      expect(callsBetween(stamps, switchAt - MINUTE + 1, switchAt + 1)).toBe(after);
  });

  it.each([
    ['1,000 queued callers', 1_000, 200],
    ['one caller at a time', 1, 300],
  ])(
    'reaches ≥ 99 percent of the night write quota in a simulated hour with %s',
    async (_label, workers, callMs) => {
      const start = at('2026-01-15T20:00:00Z'); // 21:00 in Paris
      const clock = createManualClock(start);
      const limiter = createQuotaLimiter({ clock });
      const run = runWorkers(clock, limiter, { bucket: 'write', workers, callMs });
      await clock.advanceTo(start + 60 * MINUTE);
      const stamps = await run.stop();

      expect(callsBetween(stamps, start, start + 60 * MINUTE)).toBeGreaterThanOrEqual(
        0.99 * 50 * 60,
      );
      expect(worstExcess(stamps, MINUTE, () => 50)).toBeLessThanOrEqual(0);
      expect(limiter.usage().write).toMatchObject({ limit: 50, used: 50, remaining: 0 });
    },
  );
});
