import { describe, expect, it } from 'vitest';
import { IgnoredRowsTally } from './ignored-rows.js';

describe('IgnoredRowsTally', () => {
  it('counts a row once, only when no scope of its view took it, per routing value', () => {
    const tally = new IgnoredRowsTally();
    const typs = ['PROJECT', 'FOO', 'PLAQUE', null, 'FOO', 'FOO'];
    const label = (typ: string | null) => () => (typ === null ? 'typ NULL' : `typ '${typ}'`);
    // projects takes PROJECT, then plates takes PLAQUE: every other row is ignored by both.
    for (const taken of ['PROJECT', 'PLAQUE'])
      typs.forEach((typ, i) => tally.note('analytics', i + 1, typ === taken, label(typ)));
    tally.note('users', 1, true, () => 'never asked');
    expect(tally.result()).toEqual([
      { view: 'analytics', value: "typ 'FOO'", rows: 3 },
      { view: 'analytics', value: 'typ NULL', rows: 1 },
    ]);
  });
});
