import type { ByteWriter } from './byte-writer.js';

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?$/;
const TWO_32 = 2 ** 32;

/** Bytes of a `decimal` value at `precision`, sign byte included (MS-TDS 2.2.5.5.1.6). */
export function decimalLength(precision: number): 5 | 9 | 13 | 17 {
  if (precision <= 9) return 5;
  if (precision <= 19) return 9;
  return precision <= 28 ? 13 : 17;
}

/**
 * A decimal value as the wire carries it: a sign byte (1 = positive), then the value times
 * 10^scale in `bytes` little-endian bytes. Numbers take a fast path without BigInt, since a
 * 100k-row result calls this per cell.
 */
export function writeDecimal(writer: ByteWriter, value: number | string | bigint, bytes: number, scale: number): void {
  if (typeof value === 'number') {
    const magnitude = Math.round(Math.abs(value) * 10 ** scale);
    if (Number.isSafeInteger(magnitude) && (bytes > 4 || magnitude < TWO_32)) {
      writer.u8(value < 0 ? 0 : 1).u32le(magnitude % TWO_32);
      if (bytes > 4) writer.u32le(Math.floor(magnitude / TWO_32)).bytes(ZEROS.subarray(0, bytes - 8));
      return;
    }
  }
  const scaled = toScaledInteger(value, scale);
  writer.u8(scaled < 0n ? 0 : 1).bytes(magnitudeBytes(scaled, bytes));
}

const ZEROS = Buffer.alloc(8);

/** The value times 10^scale as an integer; extra fraction digits are cut, as a string is not rounded. */
export function toScaledInteger(value: number | string | bigint, scale: number): bigint {
  if (typeof value === 'bigint') return value * 10n ** BigInt(scale);
  const text = typeof value === 'number' ? value.toFixed(scale) : value.trim();
  const match = DECIMAL_TEXT.exec(text);
  if (match === null || (match[2] === '' && (match[3] ?? '') === '')) throw new TypeError(`not a decimal: ${text}`);
  const digits = `${match[2] ?? ''}${(match[3] ?? '').padEnd(scale, '0').slice(0, scale)}`;
  const magnitude = BigInt(digits === '' ? '0' : digits);
  return match[1] === '-' ? -magnitude : magnitude;
}

/** The little-endian magnitude bytes of a scaled integer, `bytes` long. */
export function magnitudeBytes(scaled: bigint, bytes: number): Buffer {
  let rest = scaled < 0n ? -scaled : scaled;
  const out = Buffer.alloc(bytes);
  for (let index = 0; index < bytes; index++) {
    out[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  if (rest !== 0n) throw new RangeError('decimal value exceeds its precision');
  return out;
}

/** The number a sign byte and a little-endian magnitude stand for, at `scale`. */
export function decimalFromBytes(positive: boolean, magnitude: Buffer, scale: number): number {
  let value = 0n;
  for (let index = magnitude.length - 1; index >= 0; index--) value = (value << 8n) | BigInt(magnitude[index] ?? 0);
  const number = Number(value) / 10 ** scale;
  return positive ? number : -number;
}
