import { viewColumns } from '../src/lib/columns.js';
import type { AgressoView } from '../src/lib/types.js';
import type { ContractRow, ContractValue } from '../src/testing/index.js';

/**
 * A query returning `rows` as literal values, so the contract runs on any SQL Server without
 * creating anything: `SELECT * FROM (VALUES (…), (…)) AS v([col], …)`.
 */
export function valuesQuery(view: AgressoView, rows: readonly ContractRow[]): string {
  const columns = rows[0] ? Object.keys(rows[0]) : [...viewColumns(view)];
  const names = columns.map((c) => `[${c}]`).join(', ');
  if (rows.length === 0) return `SELECT ${columns.map((c) => `CAST(NULL AS nvarchar(200)) AS [${c}]`).join(', ')} WHERE 1 = 0;`;
  const tuples = rows.map((row) => `(${columns.map((c) => literal(row[c] ?? null)).join(', ')})`);
  return `SELECT ${names} FROM (VALUES\n${tuples.join(',\n')}\n) AS v(${names});`;
}

function literal(value: ContractValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return `CAST(${value ? 1 : 0} AS bit)`;
  if (typeof value === 'number') return `CAST(${value} AS decimal(9, 2))`;
  if (value instanceof Date) return `CAST('${value.toISOString().slice(0, 10)}' AS date)`;
  return `N'${value.replaceAll("'", "''")}'`;
}

/** Options of a real server from `mssql://user:password@host:port/database?encrypt=true&trustServerCertificate=true`. */
export function optionsFromUrl(url: string): {
  server: string;
  port: number;
  database: string;
  user: string;
  password: string;
  encrypt: boolean;
  trustServerCertificate: boolean;
} {
  const parsed = new URL(url);
  const flag = (name: string, fallback: boolean): boolean => (parsed.searchParams.get(name) ?? String(fallback)) === 'true';
  return {
    server: parsed.hostname,
    port: parsed.port === '' ? 1433 : Number(parsed.port),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    encrypt: flag('encrypt', true),
    trustServerCertificate: flag('trustServerCertificate', false),
  };
}
