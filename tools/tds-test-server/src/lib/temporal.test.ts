import { describe, expect, it } from 'vitest';
import { dateFrom1900, dateFromDaysSinceYearOne, daysSince1900, daysSinceYearOne, msOfDay, timeLength, toDate } from './temporal.js';

describe('temporal helpers', () => {
  it('reads ISO strings without an offset as UTC, and honours an offset', () => {
    expect(toDate('2024-03-01')).toEqual(new Date(Date.UTC(2024, 2, 1)));
    expect(toDate('2024-03-01 10:20:30.5')).toEqual(new Date(Date.UTC(2024, 2, 1, 10, 20, 30, 500)));
    expect(toDate('2024-03-01T10:20:30+02:00')).toEqual(new Date(Date.UTC(2024, 2, 1, 8, 20, 30)));
    expect(() => toDate('01/03/2024')).toThrow('not a date');
  });

  it('counts days from the wire origins, before and after them', () => {
    expect(daysSinceYearOne(toDate('0001-01-01'))).toBe(0);
    expect(daysSinceYearOne(toDate('2000-01-01T23:59:59Z'))).toBe(730_119);
    expect(daysSince1900(toDate('1899-12-31T12:00:00Z'))).toBe(-1);
    expect(dateFromDaysSinceYearOne(730_119)).toEqual(toDate('2000-01-01'));
    expect(dateFrom1900(1, 1500)).toEqual(toDate('1900-01-02T00:00:01.500Z'));
  });

  it('measures the time of day, also before 1970', () => {
    expect(msOfDay(toDate('1969-12-31T23:00:00Z'))).toBe(23 * 3_600_000);
    expect([0, 2, 3, 4, 5, 7].map(timeLength)).toEqual([3, 3, 4, 4, 5, 5]);
  });
});
