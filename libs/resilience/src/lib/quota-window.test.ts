import { describe, expect, it } from 'vitest';
import { isConfigurationError } from './guards.js';
import { nextWindowSwitch, quotaWindowAt, resolveWindowRule, windowAt } from './quota-window.js';

const at = (iso: string): number => Date.parse(iso);

describe('quotaWindowAt (Europe/Paris, day 06:00–20:00)', () => {
  it.each([
    ['2026-01-15T04:59:59Z', 'night'], // 05:59:59 CET
    ['2026-01-15T05:00:00Z', 'day'], // 06:00 CET
    ['2026-01-15T18:59:59Z', 'day'], // 19:59:59 CET
    ['2026-01-15T19:00:00Z', 'night'], // 20:00 CET: the legacy tool still said day (Q15)
    ['2026-01-15T19:30:00Z', 'night'], // 20:30 CET
    ['2026-07-01T22:00:00Z', 'night'], // 00:00 CEST
    ['2026-03-29T03:59:59Z', 'night'], // DST starts at 01:00Z: 05:59:59 CEST
    ['2026-03-29T04:00:00Z', 'day'], // 06:00 CEST
    ['2026-03-29T17:59:59Z', 'day'],
    ['2026-03-29T18:00:00Z', 'night'], // 20:00 CEST
    ['2026-10-25T04:59:59Z', 'night'], // DST ends at 01:00Z: 05:59:59 CET
    ['2026-10-25T05:00:00Z', 'day'], // 06:00 CET
    ['2026-10-25T19:00:00Z', 'night'], // 20:00 CET
  ])('%s is %s', (iso, window) => {
    expect(quotaWindowAt(at(iso))).toBe(window);
  });

  it('takes other starts and zones, including a day window that wraps midnight', () => {
    const utc = { timeZone: 'UTC', dayStart: '08:00', nightStart: '18:00' };
    expect(quotaWindowAt(at('2026-01-15T07:59:00Z'), utc)).toBe('night');
    expect(quotaWindowAt(at('2026-01-15T08:00:00Z'), utc)).toBe('day');
    const wrapped = { timeZone: 'UTC', dayStart: '22:00', nightStart: '04:00' };
    expect(quotaWindowAt(at('2026-01-15T23:00:00Z'), wrapped)).toBe('day');
    expect(quotaWindowAt(at('2026-01-15T12:00:00Z'), wrapped)).toBe('night');
  });

  it.each([
    [{ dayStart: '6:00' }, 'dayStart'],
    [{ nightStart: '24:00' }, 'nightStart'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    [{ dayStart: '07:00', nightStart: '07:00' }, 'nightStart'],
  ])('fails fast on %o, naming %s', (options, key) => {
    expect(() => quotaWindowAt(0, options)).toThrow(expect.objectContaining({ key }));
    expect(() => quotaWindowAt(0, options)).toThrow(expect.toSatisfy(isConfigurationError));
  });
});

describe('nextWindowSwitch', () => {
  const paris = resolveWindowRule();

  it.each([
    ['2026-03-29T00:30:00Z', '2026-03-29T04:00:00Z'], // across the spring-forward gap
    ['2026-03-29T04:00:00Z', '2026-03-29T18:00:00Z'],
    ['2026-10-25T00:30:00Z', '2026-10-25T05:00:00Z'], // across the repeated hour
    ['2026-10-25T05:00:00Z', '2026-10-25T19:00:00Z'],
    ['2026-01-15T18:59:59.999Z', '2026-01-15T19:00:00Z'],
  ])('from %s is %s', (from, expected) => {
    expect(new Date(nextWindowSwitch(at(from), paris)).toISOString()).toBe(
      new Date(at(expected)).toISOString(),
    );
  });

  it('finds a start that falls in the spring-forward gap at the first minute after it', () => {
    const rule = resolveWindowRule({ dayStart: '02:30' });
    expect(nextWindowSwitch(at('2026-03-29T00:00:00Z'), rule)).toBe(at('2026-03-29T01:00:00Z')); // 03:00 CEST
  });

  it('is the first minute whose window differs, at any instant of the DST days', () => {
    for (const day of ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z']) {
      for (let t = at(day); t < at(day) + 2 * 86_400_000; t += 97 * 60_000 + 13_000) {
        const next = nextWindowSwitch(t, paris);
        expect(windowAt(next, paris)).not.toBe(windowAt(t, paris));
        for (let minute = Math.ceil(t / 60_000) * 60_000; minute < next; minute += 60_000) {
          expect(windowAt(minute, paris)).toBe(windowAt(t, paris));
        }
      }
    }
  });
});
