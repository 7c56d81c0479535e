import { describe, expect, it } from 'vitest';
import { isCode } from './same-code.js';

describe('isCode', () => {
  it.each([
    ['PLAQUE', true],
    ['plaque', true],
    [' Plaque ', true],
    ['\tPLAQUE\n', true],
    ['PLAQUES', false],
    ['PLAQU', false],
    ['PLA QUE', false],
    ['', false],
  ])('%j is PLAQUE: %s', (text, expected) => {
    expect(isCode(text, 'PLAQUE')).toBe(expected);
  });
});
