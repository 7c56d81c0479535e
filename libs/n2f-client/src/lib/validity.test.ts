import { describe, expect, it } from 'vitest';
import { parseValidity } from './validity.js';

describe('parseValidity', () => {
  it('reads seven fractional digits and Z', () => {
    expect(parseValidity('2025-08-20T09:54:35.8185075Z')).toBe(
      Date.UTC(2025, 7, 20, 9, 54, 35, 818),
    );
  });

  it('reads a validity without zone as UTC, not local time', () => {
    expect(parseValidity('2025-08-20T09:54:35.8185075')).toBe(
      Date.UTC(2025, 7, 20, 9, 54, 35, 818),
    );
    expect(parseValidity('2025-08-20T09:54:35')).toBe(Date.UTC(2025, 7, 20, 9, 54, 35));
  });

  it('applies an explicit offset', () => {
    expect(parseValidity('2025-08-20T11:54:35.5+02:00')).toBe(
      Date.UTC(2025, 7, 20, 9, 54, 35, 500),
    );
    expect(parseValidity('2025-08-20T08:54:35-0100')).toBe(Date.UTC(2025, 7, 20, 9, 54, 35));
  });

  it.each(['', 'tomorrow', '2025-02-30T00:00:00Z', '2025-08-20 09:54:35Z', '2025-08-20T25:00:00Z'])(
    'refuses %j',
    (text) => {
      expect(parseValidity(text)).toBeUndefined();
    },
  );
});
