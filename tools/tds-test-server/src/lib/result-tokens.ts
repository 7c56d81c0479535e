import type { ByteWriter } from './byte-writer.js';
import { columnCodec, type ColumnCodec } from './column-codecs.js';
import { Token } from './tokens.js';
import type { Cell, ColumnDef, Row } from './types.js';

/** Column flag: the column is nullable. */
const FLAG_NULLABLE = 0x0001;

/** A result's columns with their codecs, built once per result. */
export interface ResultShape {
  readonly columns: readonly ColumnDef[];
  readonly codecs: readonly ColumnCodec[];
}

/** Build the shape of a result; throws RangeError for an impossible column definition. */
export function resultShape(columns: readonly ColumnDef[]): ResultShape {
  return { columns, codecs: columns.map(columnCodec) };
}

/** COLMETADATA: per column a user type, flags, TYPE_INFO and name. */
export function colMetadata(writer: ByteWriter, shape: ResultShape): void {
  writer.u8(Token.ColMetadata).u16le(shape.columns.length);
  shape.columns.forEach((column, index) => {
    writer.u32le(0).u16le(column.nullable === false ? 0 : FLAG_NULLABLE);
    shape.codecs[index]?.typeInfo(writer);
    writer.bVarchar(column.name);
  });
}

/** ROW: every cell in column order; a bad cell throws a TypeError naming its column. */
export function rowToken(writer: ByteWriter, shape: ResultShape, row: Row): void {
  writer.u8(Token.Row);
  shape.columns.forEach((column, index) => {
    const cell = cellOf(row, column, index);
    try {
      shape.codecs[index]?.value(writer, cell);
    } catch (error) {
      throw new TypeError(`column '${column.name}' (${column.type}): ${(error as Error).message}`, { cause: error });
    }
  });
}

function cellOf(row: Row, column: ColumnDef, index: number): Cell {
  const cell = isCellArray(row) ? row[index] : row[column.name];
  return cell ?? null;
}

function isCellArray(row: Row): row is readonly Cell[] {
  return Array.isArray(row);
}
