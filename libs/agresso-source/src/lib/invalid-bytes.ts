import iconv from 'iconv-lite';
import type { FileEncoding } from './file-encoding.js';

/** Where the first bytes that are not text in an encoding sit, and what is wrong with them. */
export interface BadBytes {
  /** Offset in the file, from its first byte (a BOM included). */
  readonly offset: number;
  /** 1-based line of the file holding them. */
  readonly line: number;
  /** The bytes, in hex: `0xE9` or `0xD8 0x3D`. */
  readonly bytes: string;
  readonly why: string;
}

/** Locates the first undecodable bytes of `data` (the file minus its BOM, which is `start` bytes). */
export function locateBadBytes(data: Uint8Array, encoding: FileEncoding, start: number): BadBytes | undefined {
  const found = encoding === 'utf-8' ? badUtf8(data) : encoding === 'utf-16le' ? badUtf16le(data) : badSingleByte(data, encoding);
  if (found === undefined) return undefined;
  const hex = [...data.subarray(found.at, found.at + found.length)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`);
  return { offset: start + found.at, line: lineAt(data, found.at, encoding), bytes: hex.join(' '), why: found.why };
}

interface Found {
  readonly at: number;
  readonly length: number;
  readonly why: string;
}

/** The first byte that starts no valid UTF-8 sequence (RFC 3629: no overlong forms, no surrogates). */
function badUtf8(data: Uint8Array): Found | undefined {
  let i = 0;
  while (i < data.length) {
    const lead = data[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || !continues(data, i, length)) return { at: i, length: 1, why: 'is not UTF-8' };
    i += length;
  }
  return undefined;
}

/** The range of the byte after a lead byte: narrower after E0, ED, F0 and F4 (RFC 3629 table). */
function secondRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function continues(data: Uint8Array, at: number, length: number): boolean {
  if (length === 1) return true;
  const [low, high] = secondRange(data[at] ?? 0);
  const second = data[at + 1];
  if (second === undefined || second < low || second > high) return false;
  for (let k = 2; k < length; k += 1) {
    const next = data[at + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return false;
  }
  return true;
}

/** The first unpaired surrogate, or a last byte left alone. */
function badUtf16le(data: Uint8Array): Found | undefined {
  for (let i = 0; i + 1 < data.length; i += 2) {
    const unit = unitAt(data, i);
    if (unit >= 0xdc00 && unit <= 0xdfff) return { at: i, length: 2, why: 'is half of a character (an unpaired surrogate)' };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = i + 3 < data.length ? unitAt(data, i + 2) : 0;
      if (low < 0xdc00 || low > 0xdfff) return { at: i, length: 2, why: 'is half of a character (an unpaired surrogate)' };
      i += 2;
    }
  }
  return data.length % 2 === 1 ? { at: data.length - 1, length: 1, why: 'ends the file in the middle of a UTF-16 character' } : undefined;
}

function unitAt(data: Uint8Array, at: number): number {
  return (data[at] ?? 0) | ((data[at + 1] ?? 0) << 8);
}

function badSingleByte(data: Uint8Array, encoding: FileEncoding): Found | undefined {
  const at = iconv.decode(data, encoding).indexOf('\uFFFD');
  return at === -1 ? undefined : { at, length: 1, why: `has no character in ${encoding}` };
}

/** The 1-based line holding byte `at`: line feeds before it, plus one. */
function lineAt(data: Uint8Array, at: number, encoding: FileEncoding): number {
  const step = encoding === 'utf-16le' ? 2 : 1;
  let line = 1;
  for (let i = 0; i < at; i += step) if (data[i] === 0x0a && (step === 1 || data[i + 1] === 0)) line += 1;
  return line;
}
