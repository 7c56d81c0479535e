import { describe, expect, it } from 'vitest';
import { SEEN, SourceKeyTracker, UNMATCHED } from './source-keys.js';
import { TargetTable } from './target-index.js';

describe('SourceKeyTracker', () => {
  const target = (): TargetTable<string> => {
    const t = new TargetTable<string>();
    t.add('x', 'raw-x', {});
    t.add('y', 'raw-y', {});
    return t;
  };

  it('gives the slot of a key with an N2F record, UNMATCHED for others, SEEN for repeats', () => {
    const keys = new SourceKeyTracker(target());
    expect(keys.add('y')).toBe(1);
    expect(keys.add('new')).toBe(UNMATCHED);
    expect(keys.add('y')).toBe(SEEN);
    expect(keys.add('new')).toBe(SEEN);
  });

  it('knows which keys were added and which N2F records they matched', () => {
    const keys = new SourceKeyTracker(target());
    keys.add('y');
    keys.add('new');
    expect(keys.size).toBe(2);
    expect([keys.has('y'), keys.has('new'), keys.has('x'), keys.has('other')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect([keys.matched(0), keys.matched(1)]).toEqual([false, true]);
  });
});
