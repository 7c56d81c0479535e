import { describe, expect, it } from 'vitest';
import { canonBoolean, canonTargetBoolean } from './boolean.js';
import { ConversionFailure } from './canonical-value.js';

describe('canonBoolean', () => {
  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [1n, true],
    [0n, false],
    ...['1', 'true', 'TRUE', ' yes ', 'y', 'Y', 'on', 'oui', 'Oui', 'o', 'ja', 'J'].map(
      (s): [unknown, boolean] => [s, true],
    ),
    ...['0', 'false', 'no', 'N', 'off', 'non', 'NEE', '', '   '].map((s): [unknown, boolean] => [
      s,
      false,
    ]),
    [null, false],
    [undefined, false],
  ])('%s → %s', (input, expected) => {
    expect(canonBoolean(input)).toBe(expected);
  });

  // The legacy tool turned these into false (or NaN into true): now they make the row invalid.
  it.each([['maybe'], ['2'], [2], [-1], [0.5], [Number.NaN], ['vrai']])(
    '%j is not a boolean',
    (input) => {
      const result = canonBoolean(input);
      expect(result).toBeInstanceOf(ConversionFailure);
      // The report shows the value beside the problem: the problem does not repeat it.
      expect((result as ConversionFailure).problem).toMatch(/^is not a boolean/);
    },
  );

  it.each([
    ['true', true],
    [1, true],
    [null, false],
    ['garbage', null],
  ])('reads N2F %j as %j', (input, expected) => {
    expect(canonTargetBoolean(input)).toBe(expected);
  });
});
