import type { ByteWriter } from './byte-writer.js';
import type { SqlErrorSpec } from './types.js';

/** Token types (MS-TDS 2.2.7). */
export const Token = {
  ColMetadata: 0x81,
  Row: 0xd1,
  ReturnStatus: 0x79,
  Error: 0xaa,
  LoginAck: 0xad,
  EnvChange: 0xe3,
  Done: 0xfd,
  DoneProc: 0xfe,
  DoneInProc: 0xff,
} as const;

/** DONE status bits. */
export const DoneStatus = { Final: 0x00, Error: 0x02, Count: 0x10, Attention: 0x20 } as const;

/** CURCMD of a DONE that ends a SELECT. */
const CMD_SELECT = 0xc1;

/** TDS 7.4, as LOGINACK must announce it (big-endian on the wire). */
const TDS_7_4 = 0x74000004;

/** Name the server gives itself in errors and LOGINACK. */
const SERVER_NAME = 'tds-test-server';

/** ENVCHANGE with a text value (database = 1, packet size = 4). */
export function envChange(writer: ByteWriter, type: 1 | 4, newValue: string, oldValue: string): void {
  writer.u8(Token.EnvChange).u16Prefixed((body) => body.u8(type).bVarchar(newValue).bVarchar(oldValue));
}

/** ENVCHANGE SQL_COLLATION (7): tedious uses it to encode varchar parameters. */
export function collationChange(writer: ByteWriter, collation: Buffer): void {
  writer.u8(Token.EnvChange).u16Prefixed((body) => body.u8(7).u8(collation.length).bytes(collation).u8(0));
}

/** LOGINACK for the T-SQL interface at TDS 7.4. */
export function loginAck(writer: ByteWriter): void {
  writer.u8(Token.LoginAck).u16Prefixed((body) => body.u8(1).u32be(TDS_7_4).bVarchar(SERVER_NAME).u8(16).u8(0).u8(0x03).u8(0xe8));
}

/** ERROR with SQL Server's number, state and severity. */
export function errorToken(writer: ByteWriter, error: SqlErrorSpec): void {
  writer.u8(Token.Error).u16Prefixed((body) =>
    body
      .u32le(error.number)
      .u8(error.state ?? 1)
      .u8(error.class ?? 16)
      .usVarchar(error.message)
      .bVarchar(SERVER_NAME)
      .bVarchar('')
      .u32le(1),
  );
}

/** DONE, DONEPROC or DONEINPROC; a row count is sent only with the Count status bit. */
export function done(writer: ByteWriter, token: number, status: number, rowCount = 0): void {
  writer
    .u8(token)
    .u16le(status)
    .u16le(CMD_SELECT)
    .u64le(BigInt(rowCount));
}

/** RETURNSTATUS 0: the procedure (sp_executesql) succeeded. */
export function returnStatus(writer: ByteWriter, value: number): void {
  writer.u8(Token.ReturnStatus).i32le(value);
}
