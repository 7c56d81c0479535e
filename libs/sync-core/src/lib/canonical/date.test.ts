import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConversionFailure } from './canonical-value.js';
import { canonDate, canonTargetDate, dayToPayload, previousDay } from './date.js';

describe('canonDate', () => {
  it.each([
    // ISO strings are never swapped (the legacy tool gave 2025-03-02 for the first one).
    ['2025-02-03', '2025-02-03'],
    ['2025-12-01', '2025-12-01'],
    ['2025-02-03T15:30:00', '2025-02-03'],
    ['2025-02-03T00:00:00Z', '2025-02-03'],
    ['2025-02-03 10:00:00', '2025-02-03'],
    // Day-first strings, in the three separators the spec names.
    ['03/02/2025', '2025-02-03'],
    ['03-02-2025', '2025-02-03'],
    ['03.02.2025', '2025-02-03'],
    ['3/2/2025', '2025-02-03'],
    ['31/12/2024 08:00', '2024-12-31'],
    // SQL dates as they are (their UTC calendar day).
    [new Date(Date.UTC(2025, 1, 3)), '2025-02-03'],
    // Open-ended and empty.
    ['2099-12-31', null],
    ['31/12/2099', null],
    [new Date(Date.UTC(2099, 11, 31, 15)), null],
    ['', null],
    ['  ', null],
    [null, null],
    // Edges of the day-first reading.
    ['29/02/2024', '2024-02-29'],
    ['1.1.2025', '2025-01-01'],
    [' 03/02/2025 ', '2025-02-03'],
  ])('%j → %j', (input, expected) => {
    expect(canonDate(input)).toBe(expected);
  });

  it.each([
    ['2025-02-30'],
    ['31/04/2025'],
    ['tomorrow'],
    ['20250304'],
    [45000],
    [new Date(Number.NaN)],
    ['2025-13-01'],
    ['29/02/2025'],
    ['003/02/2025'],
    ['03/002/2025'],
    ['03/02-2025'],
    ['03/02/202'],
    ['03/02/20255'],
    ['03/02/2025T08:00'],
    ['/02/2025'],
  ])('%j is invalid', (input) => {
    expect(canonDate(input)).toBeInstanceOf(ConversionFailure);
  });

  it('reads day-first text as the regular expression it replaced did', () => {
    const oracle = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:$| )/;
    const digits = (max: number) =>
      fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9'), maxLength: max });
    const separator = fc.constantFrom('/', '-', '.', ' ', '');
    const text = fc
      .tuple(digits(3), separator, digits(3), separator, digits(5))
      .chain((parts) => fc.constantFrom('', ' ', ' 08:00', 'T', 'x').map((end) => [...parts, end]))
      .map((parts) => parts.join('').trim());
    fc.assert(
      fc.property(text, (input) => {
        const match = oracle.exec(input);
        const day = canonDate(input);
        if (/^\d{4}-/.test(input) || input === '') return; // ISO and empty take other paths
        if (match === null) expect(day).toBeInstanceOf(ConversionFailure);
        else if (day instanceof ConversionFailure) expect(day.problem).toContain('calendar');
        else if (day !== null)
          expect(day).toBe(
            `${match[4]}-${match[3]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`,
          );
      }),
      { numRuns: 2000 },
    );
  });

  it('reads N2F instants as days and unreadable ones as absent', () => {
    expect(canonTargetDate('2025-02-03T00:00:00')).toBe('2025-02-03');
    expect(canonTargetDate('2099-12-31T00:00:00Z')).toBeNull();
    expect(canonTargetDate('n/a')).toBeNull();
  });

  it('writes days as midnight UTC instants', () => {
    expect(dayToPayload('2025-02-03')).toBe('2025-02-03T00:00:00Z');
    expect(dayToPayload(null)).toBeNull();
  });

  it.each([
    ['2025-03-01', '2025-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2025-01-01', '2024-12-31'],
  ])('the day before %s is %s', (day, expected) => {
    expect(previousDay(day)).toBe(expected);
  });
});
