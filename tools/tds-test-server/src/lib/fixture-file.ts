import { readFile } from 'node:fs/promises';
import { ByteWriter } from './byte-writer.js';
import { resultShape, rowToken } from './result-tokens.js';
import type { ColumnDef, Fixture, FixtureTable, QueryFixture, Row, SqlErrorSpec, SqlType } from './types.js';

const SQL_TYPES: readonly SqlType[] = ['nvarchar', 'varchar', 'int', 'bigint', 'bit', 'decimal', 'date', 'datetime', 'datetime2'];
const COLUMN_KEYS = ['name', 'type', 'nullable', 'length', 'precision', 'scale'];

/** A fixture file that does not describe a valid fixture; the message names the bad path. */
export class FixtureFileError extends Error {
  override readonly name = 'FixtureFileError';
}

/**
 * Read a JSON fixture file: `{ "tables": { name: { "columns": [...], "rows": [...] } },
 * "queries": [{ "sql": "...", "result": table or { "error": {...} } }] }`. Rows are arrays or
 * objects; dates are ISO strings. Every cell is checked against its column here, not at query time.
 */
export async function loadFixtureFile(path: string): Promise<Fixture> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FixtureFileError(`${path}: not JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseFixture(json, path);
}

/** Check a parsed JSON value and return it as a fixture; `source` prefixes error messages. */
export function parseFixture(json: unknown, source = 'fixture'): Fixture {
  const root = record(json, source);
  only(root, ['tables', 'queries'], source);
  const tables = Object.entries(root['tables'] === undefined ? {} : record(root['tables'], `${source}.tables`));
  const queries = root['queries'] === undefined ? [] : list(root['queries'], `${source}.queries`);
  return {
    tables: Object.fromEntries(tables.map(([name, table]) => [name, parseTable(table, `${source}.tables.${name}`)])),
    queries: queries.map((query, index) => parseQuery(query, `${source}.queries[${index}]`)),
  };
}

function parseQuery(json: unknown, path: string): QueryFixture {
  const query = record(json, path);
  only(query, ['sql', 'result'], path);
  if (typeof query['sql'] !== 'string') fail(`${path}.sql`, 'expected the query text');
  const result = record(query['result'], `${path}.result`);
  if (!('error' in result)) return { sql: query['sql'], result: parseTable(result, `${path}.result`) };
  only(result, ['error'], `${path}.result`);
  return { sql: query['sql'], result: { error: parseError(result['error'], `${path}.result.error`) } };
}

function parseError(json: unknown, path: string): SqlErrorSpec {
  const error = record(json, path);
  only(error, ['number', 'message', 'state', 'class'], path);
  for (const key of ['number', 'state', 'class']) {
    if (error[key] !== undefined && typeof error[key] !== 'number') fail(`${path}.${key}`, 'expected a number');
  }
  if (error['number'] === undefined || typeof error['message'] !== 'string') fail(path, 'expected a number and a message');
  return error as unknown as SqlErrorSpec; // every key was checked above
}

function parseTable(json: unknown, path: string): FixtureTable {
  const table = record(json, path);
  only(table, ['columns', 'rows'], path);
  const columns = list(table['columns'], `${path}.columns`).map((column, index) => parseColumn(column, `${path}.columns[${index}]`));
  const shape = attempt(`${path}.columns`, () => resultShape(columns));
  const rows = list(table['rows'], `${path}.rows`) as Row[];
  const writer = new ByteWriter();
  rows.forEach((row, index) => {
    const rowPath = `${path}.rows[${index}]`;
    if (Array.isArray(row) ? row.length !== columns.length : typeof row !== 'object' || row === null) fail(rowPath, `expected ${columns.length} cells or an object`);
    if (!Array.isArray(row)) only(row as Record<string, unknown>, columns.map((column) => column.name), rowPath);
    attempt(rowPath, () => rowToken(writer.reset(), shape, row));
  });
  return { columns, rows };
}

function parseColumn(json: unknown, path: string): ColumnDef {
  const column = record(json, path);
  only(column, COLUMN_KEYS, path);
  if (typeof column['name'] !== 'string') fail(`${path}.name`, 'expected a string');
  if (!SQL_TYPES.includes(column['type'] as SqlType)) fail(`${path}.type`, `expected one of ${SQL_TYPES.join(', ')}`);
  if (column['nullable'] !== undefined && typeof column['nullable'] !== 'boolean') fail(`${path}.nullable`, 'expected a boolean');
  for (const key of ['length', 'precision', 'scale']) {
    const value = column[key];
    if (value !== undefined && typeof value !== 'number' && !(key === 'length' && value === 'max')) fail(`${path}.${key}`, 'expected a number');
  }
  return column as unknown as ColumnDef; // every key was checked above
}

function record(json: unknown, path: string): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(path, 'expected an object');
  return json as Record<string, unknown>;
}

function list(json: unknown, path: string): unknown[] {
  if (!Array.isArray(json)) fail(path, 'expected an array');
  return json;
}

function only(object: Record<string, unknown>, keys: readonly string[], path: string): void {
  const unknown = Object.keys(object).find((key) => !keys.includes(key));
  if (unknown !== undefined) fail(`${path}.${unknown}`, `unknown key (expected ${keys.join(', ')})`);
}

function attempt<T>(path: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    return fail(path, (error as Error).message);
  }
}

function fail(path: string, problem: string): never {
  throw new FixtureFileError(`${path}: ${problem}`);
}
