import { describe, expect, it } from 'vitest';
import { ByteWriter } from './byte-writer.js';
import { decimalFromBytes, decimalLength, magnitudeBytes, toScaledInteger, writeDecimal } from './decimal.js';

describe('decimal helpers', () => {
  it.each([
    [1, 5],
    [9, 5],
    [10, 9],
    [19, 9],
    [20, 13],
    [28, 13],
    [29, 17],
    [38, 17],
  ])('precision %i takes %i bytes', (precision, bytes) => {
    expect(decimalLength(precision)).toBe(bytes);
  });

  it.each([
    ['123.45', 2, 12345n],
    ['-0.5', 3, -500n],
    ['.25', 2, 25n],
    ['7.999', 2, 799n],
    [1234.5, 3, 1234500n],
    [42n, 2, 4200n],
  ] as const)('scales %s at scale %i to %s', (value, scale, scaled) => {
    expect(toScaledInteger(value, scale)).toBe(scaled);
  });

  it('rejects text that is not a decimal and values beyond their bytes', () => {
    expect(() => toScaledInteger('12,5', 2)).toThrow('not a decimal');
    expect(() => toScaledInteger('.', 2)).toThrow('not a decimal');
    expect(() => magnitudeBytes(2n ** 32n, 4)).toThrow(RangeError);
  });

  it('round-trips through the wire bytes', () => {
    const scaled = toScaledInteger('-98765.4321', 4);
    expect(decimalFromBytes(scaled >= 0n, magnitudeBytes(scaled, 8), 4)).toBe(-98765.4321);
  });

  it.each([
    [1234.56, 4, 2],
    [-0.07, 8, 2],
    [2 ** 40 + 0.5, 12, 1],
    [-98765.4321, 16, 4],
  ])('writes the number %d in %i bytes like its text', (value, bytes, scale) => {
    const fast = new ByteWriter();
    const exact = new ByteWriter();
    writeDecimal(fast, value, bytes, scale);
    writeDecimal(exact, value.toFixed(scale), bytes, scale);
    expect(fast.toBuffer()).toEqual(exact.toBuffer());
    expect(fast.length).toBe(bytes + 1);
  });

  it('rejects a number too large for its bytes', () => {
    expect(() => writeDecimal(new ByteWriter(), 2 ** 33, 4, 0)).toThrow(RangeError);
  });
});
