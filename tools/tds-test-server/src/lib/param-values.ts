import type { ByteReader } from './byte-reader.js';
import { decimalFromBytes } from './decimal.js';
import { dateFrom1900, dateFromDaysSinceYearOne } from './temporal.js';
import type { ParamValue } from './types.js';

const UTF8_FLAG = 0x04; // bit 6 of the collation flags, stored in the low nibble of byte 3
const PLP_NULL = 0xffff_ffff_ffff_ffffn;

/** TYPE_INFO ids `tedious` sends for parameters, mapped to the readers of their values. */
const readers: Readonly<Record<number, (reader: ByteReader) => ParamValue>> = {
  0x26: (reader) => sized(reader, readInteger), // INTN: tinyint, smallint, int, bigint
  0x68: (reader) => sized(reader, (r) => r.u8() !== 0), // BITN
  0x6d: (reader) => sized(reader, readFloat), // FLTN: real, float
  0x24: (reader) => sized(reader, (r) => readGuid(r)), // GUID
  0xe7: (reader) => readText(reader, 'ucs2'), // NVARCHAR
  0xef: (reader) => readText(reader, 'ucs2'), // NCHAR
  0xa7: (reader) => readText(reader, 'utf8'), // VARCHAR
  0xaf: (reader) => readText(reader, 'utf8'), // CHAR
  0xa5: (reader) => readBinary(reader), // VARBINARY
  0x6a: (reader) => readDecimal(reader), // DECIMALN
  0x6c: (reader) => readDecimal(reader), // NUMERICN
  0x28: (reader) => lengthPrefixed(reader, (r) => dateFromDaysSinceYearOne(r.uintle(3))), // DATEN
  0x6f: (reader) => sized(reader, readDateTime), // DATETIMN: smalldatetime, datetime
  0x2a: (reader) => readDateTime2(reader), // DATETIME2N
};

/** Read one RPC parameter's TYPE_INFO and value (MS-TDS 2.2.6.6); throws TypeError for a type it does not know. */
export function readParamValue(reader: ByteReader): ParamValue {
  const typeId = reader.u8();
  const read = readers[typeId];
  if (read === undefined) throw new TypeError(`unsupported parameter type 0x${typeId.toString(16)}`);
  return read(reader);
}

/** A type with a one-byte maximum length in TYPE_INFO, then a one-byte length per value (0 = NULL). */
function sized<T>(reader: ByteReader, read: (reader: ByteReader, length: number) => T): T | null {
  reader.u8();
  return lengthPrefixed(reader, read);
}

function lengthPrefixed<T>(reader: ByteReader, read: (reader: ByteReader, length: number) => T): T | null {
  const length = reader.u8();
  return length === 0 ? null : read(reader, length);
}

function readInteger(reader: ByteReader, length: number): number | bigint {
  if (length === 8) return reader.bytes(8).readBigInt64LE(0);
  const value = reader.uintle(length);
  return length === 1 ? value : value - (value >= 2 ** (length * 8 - 1) ? 2 ** (length * 8) : 0);
}

/** A GUID's first three groups are little-endian on the wire, the last two are not. */
function readGuid(reader: ByteReader): string {
  const bytes = reader.bytes(16);
  const hex = (from: number, to: number, reverse: boolean): string => {
    const part = Buffer.from(bytes.subarray(from, to));
    return (reverse ? part.reverse() : part).toString('hex');
  };
  return [hex(0, 4, true), hex(4, 6, true), hex(6, 8, true), hex(8, 10, false), hex(10, 16, false)].join('-').toUpperCase();
}

function readFloat(reader: ByteReader, length: number): number {
  const bytes = reader.bytes(length);
  return length === 4 ? bytes.readFloatLE(0) : bytes.readDoubleLE(0);
}

function readText(reader: ByteReader, encoding: 'ucs2' | 'utf8'): string | null {
  const maxLength = reader.u16le();
  const collation = reader.bytes(5);
  const bytes = maxLength === 0xffff ? readPlp(reader) : readShortBytes(reader);
  if (bytes === null) return null;
  // Without the UTF-8 flag a varchar is in a Windows code page; latin1 is its nearest built-in.
  const utf8 = encoding === 'utf8' && ((collation[3] ?? 0) & UTF8_FLAG) !== 0;
  return bytes.toString(encoding === 'ucs2' ? 'ucs2' : utf8 ? 'utf8' : 'latin1');
}

function readBinary(reader: ByteReader): Buffer | null {
  const maxLength = reader.u16le();
  return maxLength === 0xffff ? readPlp(reader) : readShortBytes(reader);
}

function readShortBytes(reader: ByteReader): Buffer | null {
  const length = reader.u16le();
  return length === 0xffff ? null : reader.bytes(length);
}

/** PLP: a total length (all ones = NULL), then chunks each with a u32 length, ending with 0. */
function readPlp(reader: ByteReader): Buffer | null {
  if (reader.u64le() === PLP_NULL) return null;
  const chunks: Buffer[] = [];
  for (let length = reader.u32le(); length > 0; length = reader.u32le()) chunks.push(reader.bytes(length));
  return Buffer.concat(chunks);
}

function readDecimal(reader: ByteReader): number | null {
  reader.u8();
  reader.u8(); // precision: the value's size is its own length byte
  const scale = reader.u8();
  return lengthPrefixed(reader, (r, length) => decimalFromBytes(r.u8() === 1, r.bytes(length - 1), scale));
}

function readDateTime(reader: ByteReader, length: number): Date {
  if (length === 4) return dateFrom1900(reader.u16le(), reader.u16le() * 60_000);
  return dateFrom1900(reader.i32le(), Math.round((reader.u32le() * 10) / 3));
}

function readDateTime2(reader: ByteReader): Date | null {
  const scale = reader.u8();
  return lengthPrefixed(reader, (r, length) => {
    const time = r.uintle(length - 3);
    return new Date(dateFromDaysSinceYearOne(r.uintle(3)).getTime() + time / 10 ** (scale - 3));
  });
}
