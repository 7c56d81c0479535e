import type { ColumnKind } from './columns.js';

/** Where a row comes from, for the wording of a fix: a SQL query or an exported file. */
export type RowOrigin = 'sql' | 'file';

const SQL_TYPES: Readonly<Record<ColumnKind, string>> = {
  text: 'text (nvarchar), e.g. CAST({c} AS nvarchar(200))',
  bool: 'bit (1/0) or text such as Y/N',
  number: 'a number (int or decimal)',
  date: 'date or datetime, or text in ISO form (YYYY-MM-DD)',
  id: 'int or nvarchar',
  scalar: 'text, a number, a bit or a date',
};

const JSON_TYPES: Readonly<Record<ColumnKind, string>> = {
  text: 'a string or null',
  bool: 'true/false, 1/0 or a string such as "Y"/"N"',
  number: 'a number',
  date: 'a date string such as "2026-01-31"',
  id: 'a string or a number',
  scalar: 'a string, a number, true/false or null',
};

/** What to change when a value has the wrong type for its column. */
export function typeFix(origin: RowOrigin, kind: ColumnKind, column: string): string {
  if (origin === 'sql') return `return ${column} as ${SQL_TYPES[kind].replace('{c}', column)} from the query (its SQL file)`;
  return `give ${column} as ${JSON_TYPES[kind]} in the export`;
}

/** Names the type of a value that did not fit its column, as a human reads it. */
export function typeName(value: unknown): string {
  if (value instanceof Date) return 'a date';
  if (value instanceof Uint8Array) return 'binary data';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a number that is not finite';
  if (typeof value === 'string') return 'text';
  return typeof value === 'boolean' ? 'a boolean' : `an ${typeof value}`;
}
