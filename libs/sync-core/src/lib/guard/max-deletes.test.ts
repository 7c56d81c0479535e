import { describe, expect, it } from 'vitest';
import { deleteLimit, parseMaxDeletes } from './max-deletes.js';

describe('parseMaxDeletes', () => {
  it.each([
    ['25', 25],
    [25, 25],
    [' 10% ', '10%'],
    ['0', 0],
    ['2.5%', '2.5%'],
  ])('%j → %j', (input, expected) => {
    expect(parseMaxDeletes(input, 'safety.maxDeletes')).toBe(expected);
  });

  it.each(['ten', '-3', '150%', '2.5', '', '10 %x'])('rejects %j naming the option', (input) => {
    expect(() => parseMaxDeletes(input, '--max-deletes')).toThrow(/--max-deletes/);
  });
});

describe('deleteLimit', () => {
  it('rounds percentages down and keeps counts', () => {
    expect(deleteLimit('10%', 95)).toBe(9);
    expect(deleteLimit('10%', 5)).toBe(0);
    expect(deleteLimit(7, 5)).toBe(7);
  });
});
