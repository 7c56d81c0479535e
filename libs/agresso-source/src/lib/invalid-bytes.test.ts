import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { locateBadBytes } from './invalid-bytes.js';

/** Bytes that are mostly text, with some raw bytes mixed in, so both outcomes occur often. */
const mixedBytes = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }).map((s) => [...Buffer.from(s)]), fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 2 })), { maxLength: 30 })
  .map((parts) => Uint8Array.from(parts.flat()));

describe('locateBadBytes', () => {
  it('agrees with node:buffer isUtf8, and everything before the bad byte is UTF-8', () => {
    fc.assert(
      fc.property(mixedBytes, (data) => {
        const bad = locateBadBytes(data, 'utf-8', 0);
        expect(bad === undefined).toBe(isUtf8(data));
        if (bad !== undefined) expect(isUtf8(data.subarray(0, bad.offset))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['an overlong form', [0x41, 0xc0, 0xaf], 1, '0xC0'],
    ['a UTF-16 surrogate encoded in UTF-8', [0xed, 0xa0, 0x80], 0, '0xED'],
    ['a sequence cut by the end of the file', [0x0a, 0xe2, 0x82], 1, '0xE2'],
    ['a latin-1 é before a letter', [0x0a, 0x0a, 0x46, 0xe9, 0x6c], 3, '0xE9'],
  ])('finds %s', (_name, bytes, offset, hex) => {
    expect(locateBadBytes(Uint8Array.from(bytes), 'utf-8', 0)).toMatchObject({ offset, bytes: hex, line: bytes.slice(0, offset).filter((b) => b === 0x0a).length + 1 });
  });

  it('finds unpaired UTF-16 surrogates and a lone last byte, counting lines in code units', () => {
    const text = (s: string): number[] => [...iconv.encode(s, 'utf-16le')];
    expect(locateBadBytes(Uint8Array.from([...text('a\nb\n'), 0x3d, 0xd8, ...text('c')]), 'utf-16le', 2)).toMatchObject({ offset: 10, line: 3, bytes: '0x3D 0xD8' });
    expect(locateBadBytes(Uint8Array.from([...text('\u010a'), 0x00, 0xdc]), 'utf-16le', 0)).toMatchObject({ offset: 2, line: 1 });
    expect(locateBadBytes(Uint8Array.from([...text('ab'), 0x41]), 'utf-16le', 0)).toMatchObject({ offset: 4, why: expect.stringMatching(/middle of a UTF-16 character/) });
    expect(locateBadBytes(Uint8Array.from(text('😀\n')), 'utf-16le', 0)).toBeUndefined();
  });

  it('finds the bytes windows-1252 leaves undefined; latin1 has none', () => {
    expect(locateBadBytes(Uint8Array.from([0x80, 0x0a, 0x8d]), 'windows-1252', 0)).toMatchObject({ offset: 2, line: 2, bytes: '0x8D' });
    expect(locateBadBytes(Uint8Array.from([0x80, 0x81, 0x8d]), 'latin1', 0)).toBeUndefined();
  });
});
