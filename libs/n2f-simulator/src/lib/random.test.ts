import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './random.js';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const sequence = Array.from({ length: 100 }, () => a());
    expect(sequence).toEqual(Array.from({ length: 100 }, () => b()));
    expect(sequence.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(sequence).size).toBe(100);
    expect(seededRandom(43)()).not.toBe(sequence[0]);
  });

  it('shuffles a copy, keeping every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const result = shuffled(items, seededRandom(1));
    expect(result).not.toEqual(items);
    expect([...result].sort((x, y) => x - y)).toEqual(items);
  });
});
