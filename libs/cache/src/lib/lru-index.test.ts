import { describe, expect, it } from 'vitest';
import { createLruIndex, parseIndex } from './lru-index.js';

const entry = (size: number, lastAccess = 0, expiresAt: number | null = null) => ({
  size,
  lastAccess,
  expiresAt,
});

describe('LRU index', () => {
  it('keeps recency order and byte totals through upserts, touches and removals', () => {
    const index = createLruIndex();
    index.upsert('a', entry(10));
    index.upsert('b', entry(20));
    index.upsert('c', entry(30));
    expect(index.touch('a', 5)).toBe(true);
    expect(index.touch('zz', 5)).toBe(false);
    index.upsert('b', entry(25));
    expect(index.keys()).toEqual(['c', 'a', 'b']);
    expect(index.bytes).toBe(65);
    expect(index.remove('c')).toBe(true);
    expect([index.entries, index.bytes]).toEqual([2, 35]);
  });

  it('picks the least recently used victims to fit both bounds, sparing the kept key', () => {
    const index = createLruIndex([
      ['a', entry(10)],
      ['b', entry(10)],
      ['c', entry(10)],
      ['d', entry(50)],
    ]);
    expect(index.overflow(Infinity, 2)).toEqual(['a', 'b']);
    expect(index.overflow(60, Infinity)).toEqual(['a', 'b']);
    expect(index.overflow(50, Infinity)).toEqual(['a', 'b', 'c']);
    expect(index.overflow(60, Infinity, 'a')).toEqual(['b', 'c']);
    expect(index.overflow(1_000, 10)).toEqual([]);
  });

  it('lists expired entries', () => {
    const index = createLruIndex([
      ['a', entry(1, 0, 100)],
      ['b', entry(1, 0, 200)],
      ['c', entry(1)],
    ]);
    expect(index.expired(100)).toEqual(['a']);
    expect(index.expired(1e15)).toEqual(['a', 'b']);
  });

  it('serialises and parses back in order; rejects anything else', () => {
    const index = createLruIndex([
      ['x', entry(3, 7, null)],
      ['y', entry(4, 8, 99)],
    ]);
    const rows = parseIndex(index.serialise());
    expect(rows).toEqual([
      ['x', entry(3, 7, null)],
      ['y', entry(4, 8, 99)],
    ]);
    for (const text of ['', '{', '[]', '{"v":2,"entries":[]}', '{"v":1,"entries":[["x",1,2]]}']) {
      expect(parseIndex(text), text).toBeUndefined();
    }
  });
});
