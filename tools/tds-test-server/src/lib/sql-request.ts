import { ByteReader } from './byte-reader.js';
import { readParamValue } from './param-values.js';
import type { ParamValue, QueryRequest } from './types.js';

/** Well-known procedure ids a client may send instead of a name (MS-TDS 2.2.6.6). */
const PROCEDURE_NAMES: Readonly<Record<number, string>> = {
  1: 'sp_cursor',
  2: 'sp_cursoropen',
  10: 'sp_executesql',
  11: 'sp_prepare',
  12: 'sp_execute',
  13: 'sp_prepexec',
  15: 'sp_unprepare',
};

/** An RPC the server does not implement: answered with error 2812 like a missing procedure. */
export class UnknownProcedureError extends Error {
  override readonly name = 'UnknownProcedureError';

  constructor(readonly procedure: string) {
    super(`Could not find stored procedure '${procedure}'.`);
  }
}

/** A reader positioned after ALL_HEADERS, which SQL_BATCH and RPC payloads start with. */
function afterAllHeaders(payload: Buffer): ByteReader {
  return new ByteReader(payload, payload.readUInt32LE(0));
}

/** The SQL text of a SQL_BATCH payload. */
export function parseSqlBatch(payload: Buffer): QueryRequest {
  return { sql: afterAllHeaders(payload).restAsUcs2(), params: {} };
}

/**
 * The query of an RPC payload; only `sp_executesql` is implemented: its first parameter is the
 * statement, the second the parameter declarations, the rest the named values.
 */
export function parseRpc(payload: Buffer): QueryRequest {
  const reader = afterAllHeaders(payload);
  const procedure = readProcedure(reader);
  reader.u16le(); // option flags
  if (procedure.toLowerCase() !== 'sp_executesql') throw new UnknownProcedureError(procedure);
  const values: [string, ParamValue][] = [];
  while (reader.remaining > 0) {
    const name = reader.bVarchar();
    reader.u8(); // status flags: output parameters are not sent back
    values.push([name.replace(/^@/, ''), readParamValue(reader)]);
  }
  const statement = values[0]?.[1];
  if (typeof statement !== 'string') throw new TypeError('sp_executesql without a statement');
  return { sql: statement, params: Object.fromEntries(values.slice(2)) };
}

function readProcedure(reader: ByteReader): string {
  const length = reader.u16le();
  if (length !== 0xffff) return reader.ucs2(length);
  const id = reader.u16le();
  return PROCEDURE_NAMES[id] ?? `#${id}`;
}
