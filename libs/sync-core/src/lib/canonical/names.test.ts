import { describe, expect, it } from 'vitest';
import { sameValue } from './canonical-value.js';
import { canonNames, namesFromLabel, namesToPayload } from './names.js';

describe('names', () => {
  it('keeps the written cultures only, ignoring order, case, extra cultures and empty labels', () => {
    const map = canonNames(
      [
        { culture: 'EN', value: 'Plate' },
        { culture: 'nl', value: ' Nummerplaat ' },
        { culture: 'fr', value: 'Plaque' },
        { culture: 'de', value: '' },
      ],
      ['fr', 'nl'],
    );
    expect(map).toEqual({ fr: 'Plaque', nl: 'Nummerplaat' });
    expect(sameValue(map, { nl: 'Nummerplaat', fr: 'Plaque' })).toBe(true);
  });

  it('tolerates missing or malformed lists', () => {
    expect(canonNames(null, ['fr'])).toEqual({});
    expect(canonNames([null, { culture: 3 }], ['fr'])).toEqual({});
  });

  it('writes one label in every culture, in culture order', () => {
    const map = namesFromLabel('Project X', ['fr', 'nl']);
    expect(namesToPayload(map, ['fr', 'nl'])).toEqual([
      { culture: 'fr', value: 'Project X' },
      { culture: 'nl', value: 'Project X' },
    ]);
    expect(namesFromLabel(null, ['fr'])).toEqual({});
  });
});

describe('sameValue', () => {
  it.each([
    ['a', 'a', true],
    [null, null, true],
    ['a', null, false],
    [true, 'true', false],
    [{ fr: 'a' }, { fr: 'a', nl: 'a' }, false],
    [{ fr: 'a' }, { fr: 'b' }, false],
    [{ fr: 'a' }, null, false],
  ])('%j vs %j → %j', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});
