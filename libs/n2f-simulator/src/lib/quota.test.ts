import { describe, expect, it } from 'vitest';
import { limitsAt, N2F_QUOTA, parseQuotaOptions } from './quota.js';
import { QuotaCounter } from './quota-counter.js';

describe('limitsAt (Europe/Paris windows)', () => {
  it.each([
    ['2025-01-15T05:59:59+01:00', 'night'],
    ['2025-01-15T06:00:00+01:00', 'day'],
    ['2025-01-15T19:59:59+01:00', 'day'],
    ['2025-01-15T20:00:00+01:00', 'night'],
    // Summer time: 06:00 in Paris is 04:00 UTC.
    ['2025-07-15T04:00:00Z', 'day'],
    ['2025-07-15T03:59:59Z', 'night'],
  ] as const)('%s is %s', (at, window) => {
    expect(limitsAt(N2F_QUOTA, Date.parse(at))).toBe(N2F_QUOTA[window]);
  });

  it('uses fixed limits as they are', () => {
    expect(limitsAt({ reads: 1, writes: 2 }, 0)).toEqual({ reads: 1, writes: 2 });
  });

  it('refuses unknown time zones and shapes', () => {
    expect(() => parseQuotaOptions({ ...N2F_QUOTA, timeZone: 'Mars/Olympus' })).toThrow(/quota/);
    expect(() => parseQuotaOptions({ reads: -1, writes: 1 })).toThrow(/quota/);
  });
});

describe('QuotaCounter', () => {
  it('counts calls in a rolling minute and says how long until a slot frees', () => {
    const counter = new QuotaCounter();
    expect(counter.take('k', 2, 0)).toBe(0);
    expect(counter.take('k', 2, 10_000)).toBe(0);
    expect(counter.take('k', 2, 30_000)).toBe(30_000);
    expect(counter.take('other', 2, 30_000)).toBe(0);
    expect(counter.take('k', 2, 60_000)).toBe(0);
    expect(counter.take('k', 2, 60_001)).toBe(9_999);
  });

  it('forgets calls "in the future" after the clock is set back, and refuses everything at limit 0', () => {
    const counter = new QuotaCounter();
    counter.take('k', 1, 100_000);
    expect(counter.take('k', 1, 1_000)).toBe(0);
    expect(counter.take('z', 0, 0)).toBe(60_000);
  });
});
