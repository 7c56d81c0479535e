import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedList } from './keyed-list.js';

describe('KeyedList', () => {
  it('replaces in place, appends new keys and pages in insertion order', () => {
    const list = new KeyedList<string>();
    expect(list.set('a', 'A')).toBe(true);
    expect(list.set('b', 'B')).toBe(true);
    expect(list.set('a', 'A2')).toBe(false);
    expect(list.page(0, 10)).toEqual(['A2', 'B']);
    expect(list.page(1, 1)).toEqual(['B']);
    expect(list.size).toBe(2);
  });

  it('behaves like an ordered map under any sequence of sets and deletes', () => {
    const op = fc.tuple(
      fc.constantFrom('set', 'delete'),
      fc.integer({ min: 0, max: 9 }),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.nat(12), fc.nat(12), (ops, start, limit) => {
        const list = new KeyedList<number>();
        const model = new Map<string, number>();
        for (const [kind, key, value] of ops) {
          if (kind === 'set') {
            list.set(String(key), value);
            model.set(String(key), value);
          } else {
            expect(list.delete(String(key))).toBe(model.get(String(key)));
            model.delete(String(key));
          }
        }
        expect(list.size).toBe(model.size);
        expect(list.values()).toEqual([...model.values()]);
        expect(list.page(start, limit)).toEqual([...model.values()].slice(start, start + limit));
        for (const [key, value] of model) expect(list.get(key)).toBe(value);
      }),
    );
  });
});
