import { byteLength, type ByteWriter } from './byte-writer.js';
import { decimalLength, writeDecimal } from './decimal.js';
import { daysSince1900, daysSinceYearOne, msOfDay, timeLength, toDate } from './temporal.js';
import type { Cell, ColumnDef } from './types.js';

/** Latin1_General_100_CI_AS_SC_UTF8: varchar bytes are UTF-8, so any text survives the trip. */
export const COLLATION: Buffer = Buffer.from([0x09, 0x04, 0xd0, 0x24, 0x00]);

/** TYPE_INFO type ids (MS-TDS 2.2.5.4) of the nullable variants the server sends. */
const TypeId = {
  NVarChar: 0xe7,
  VarChar: 0xa7,
  IntN: 0x26,
  BitN: 0x68,
  DecimalN: 0x6a,
  DateN: 0x28,
  DateTimeN: 0x6f,
  DateTime2N: 0x2a,
} as const;

const MAX_LENGTH = 0xffff;
const PLP_NULL = 0xffff_ffff_ffff_ffffn;

/** How one column goes on the wire. */
export interface ColumnCodec {
  /** TYPE_INFO, as COLMETADATA describes the column. */
  readonly typeInfo: (writer: ByteWriter) => void;
  /** A cell as a ROW carries it; throws TypeError for a cell the type cannot hold. */
  readonly value: (writer: ByteWriter, cell: Cell) => void;
}

/** The codec of a column; throws RangeError for an impossible definition, so options can fail fast. */
export function columnCodec(column: ColumnDef): ColumnCodec {
  switch (column.type) {
    case 'nvarchar':
      return textCodec(TypeId.NVarChar, 'ucs2', lengthOf(column, 4000));
    case 'varchar':
      return textCodec(TypeId.VarChar, 'utf8', lengthOf(column, 8000));
    case 'int':
      return sized(TypeId.IntN, 4, (writer, cell) => writer.i32le(Number(toBigInt(cell, 32))));
    case 'bigint':
      return sized(TypeId.IntN, 8, (writer, cell) => writer.i64le(toBigInt(cell, 64)));
    case 'bit':
      return sized(TypeId.BitN, 1, (writer, cell) => writer.u8(toBit(cell)));
    case 'decimal':
      return decimalCodec(column.precision ?? 18, column.scale ?? 0);
    case 'date':
      return temporal([TypeId.DateN], 3, (writer, date) => writer.uintle(daysSinceYearOne(date), 3));
    case 'datetime':
      return temporal([TypeId.DateTimeN, 8], 8, writeDateTime);
    case 'datetime2':
      return datetime2Codec(column.scale ?? 7);
  }
}

function lengthOf(column: ColumnDef, max: number): number | 'max' {
  const length = column.length ?? max;
  if (length === 'max') return length;
  if (!Number.isInteger(length) || length < 1 || length > max) throw new RangeError(`${column.type} length must be 1..${max} or 'max'`);
  return length;
}

/** nvarchar/varchar: TYPE_INFO declares the maximum in bytes, or 0xFFFF for 'max' values sent as PLP. */
function textCodec(id: number, encoding: 'ucs2' | 'utf8', length: number | 'max'): ColumnCodec {
  const declared = length === 'max' ? MAX_LENGTH : length * (encoding === 'ucs2' ? 2 : 1);
  const typeInfo = (writer: ByteWriter): void => void writer.u8(id).u16le(declared).bytes(COLLATION);
  if (length === 'max') return { typeInfo, value: (writer, cell) => writePlp(writer, cell, encoding) };
  const value = (writer: ByteWriter, cell: Cell): void => {
    if (cell === null) return void writer.u16le(MAX_LENGTH);
    const text = textOf(cell);
    const bytes = byteLength(text, encoding);
    if (bytes >= MAX_LENGTH) throw new TypeError(`text of ${bytes} bytes needs a 'max' column`);
    writer.u16le(bytes).text(text, encoding);
  };
  return { typeInfo, value };
}

/** PLP (MS-TDS 2.2.5.2.3): total length, one chunk, a zero terminator; NULL is all ones. */
function writePlp(writer: ByteWriter, cell: Cell, encoding: 'ucs2' | 'utf8'): void {
  if (cell === null) return void writer.u64le(PLP_NULL);
  const text = textOf(cell);
  const bytes = byteLength(text, encoding);
  writer.u64le(BigInt(bytes));
  if (bytes > 0) writer.u32le(bytes).text(text, encoding);
  writer.u32le(0);
}

function textOf(cell: Exclude<Cell, null>): string {
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/** A type whose TYPE_INFO and non-NULL values carry one length byte; NULL is length 0. */
function sized(id: number, length: number, write: (writer: ByteWriter, cell: Exclude<Cell, null>) => void): ColumnCodec {
  return {
    typeInfo: (writer) => void writer.u8(id).u8(length),
    value: (writer, cell) => (cell === null ? void writer.u8(0) : write(writer.u8(length), cell)),
  };
}

function toBigInt(cell: Exclude<Cell, null>, bits: 32 | 64): bigint {
  if (cell instanceof Date || typeof cell === 'boolean' || (typeof cell === 'number' && !Number.isInteger(cell))) {
    throw new TypeError(`not an integer: ${String(cell)}`);
  }
  const value = BigInt(cell);
  if (value !== BigInt.asIntN(bits, value)) throw new TypeError(`out of range for ${bits}-bit integer: ${value}`);
  return value;
}

function toBit(cell: Exclude<Cell, null>): 0 | 1 {
  if (cell === true || cell === 1) return 1;
  if (cell === false || cell === 0) return 0;
  throw new TypeError(`not a bit: ${String(cell)}`);
}

function decimalCodec(precision: number, scale: number): ColumnCodec {
  if (!Number.isInteger(precision) || precision < 1 || precision > 38) throw new RangeError('decimal precision must be 1..38');
  if (!Number.isInteger(scale) || scale < 0 || scale > precision) throw new RangeError('decimal scale must be 0..precision');
  const length = decimalLength(precision);
  return {
    typeInfo: (writer) => void writer.u8(TypeId.DecimalN).u8(length).u8(precision).u8(scale),
    value: (writer, cell) => {
      if (cell === null) return void writer.u8(0);
      if (typeof cell === 'boolean' || cell instanceof Date) throw new TypeError(`not a decimal: ${String(cell)}`);
      writeDecimal(writer.u8(length), cell, length - 1, scale);
    },
  };
}

/** A date/time type: TYPE_INFO as given, values prefixed with their byte length. */
function temporal(typeInfo: readonly number[], length: number, write: (writer: ByteWriter, date: Date) => void): ColumnCodec {
  return {
    typeInfo: (writer) => typeInfo.forEach((byte) => writer.u8(byte)),
    value: (writer, cell) => {
      if (cell === null) return void writer.u8(0);
      if (!(cell instanceof Date) && typeof cell !== 'string') throw new TypeError(`not a date: ${String(cell)}`);
      write(writer.u8(length), toDate(cell));
    },
  };
}

/** `datetime`: days since 1900 and 1/300 s since midnight (a rounding to the next day carries over). */
function writeDateTime(writer: ByteWriter, date: Date): void {
  const ticks = Math.round((msOfDay(date) * 3) / 10);
  const days = daysSince1900(date);
  if (ticks === 25_920_000) writer.i32le(days + 1).u32le(0);
  else writer.i32le(days).u32le(ticks);
}

function datetime2Codec(scale: number): ColumnCodec {
  if (!Number.isInteger(scale) || scale < 0 || scale > 7) throw new RangeError('datetime2 scale must be 0..7');
  const timeBytes = timeLength(scale);
  return temporal([TypeId.DateTime2N, scale], timeBytes + 3, (writer, date) => {
    writer.uintle(Math.round(msOfDay(date) * 10 ** (scale - 3)), timeBytes).uintle(daysSinceYearOne(date), 3);
  });
}
