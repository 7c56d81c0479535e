import { createServer, type AddressInfo } from 'node:net';
import { startTdsServer, type ColumnDef, type Fixture, type FixtureTable, type Row, type SqlType, type TdsFaults, type TdsServer } from '@n2f/tds-test-server';
import { retryPolicy } from '@n2f/resilience';
import { viewColumns } from '../src/lib/columns.js';
import { createMssqlSource } from '../src/lib/mssql-source.js';
import type { MssqlSourceOptions } from '../src/lib/mssql-options.js';
import type { Source } from '../src/lib/types.js';
import { syntheticUsers, type ContractData, type ContractRow, type ContractValue } from '../src/testing/index.js';

/** The login the test servers accept. */
export const LOGIN = { user: 'n2f_reader', password: 'S3cret-Pa55' } as const;

/** A fast policy for tests: 3 attempts, 10 ms apart. */
export const FAST_RETRY = retryPolicy({ name: 'test-database', maxAttempts: 3, backoff: 'constant', initialDelayMs: 10 });

/** A fixture table holding seed rows; each column's SQL type follows its first non-NULL value. */
export function seedTable(rows: readonly ContractRow[], view: 'users' | 'analytics'): FixtureTable {
  const names = rows[0] ? Object.keys(rows[0]) : [...viewColumns(view)];
  const columns = names.map((name): ColumnDef => column(name, rows.map((r) => r[name] ?? null)));
  return { columns, rows: rows.map((r) => names.map((n) => r[n] ?? null)) };
}

function column(name: string, values: readonly ContractValue[]): ColumnDef {
  const sample = values.find((v) => v !== null);
  const type: SqlType =
    typeof sample === 'boolean' ? 'bit' : sample instanceof Date ? 'date' : typeof sample === 'number' ? 'decimal' : 'nvarchar';
  return type === 'decimal' ? { name, type, precision: 9, scale: 2 } : { name, type };
}

/** Fixture tables for both views. */
export function seedFixture(data: ContractData): Fixture {
  return { tables: { 'dbo.iris_N2F_User': seedTable(data.users, 'users'), 'dbo.iris_N2F_Analytics': seedTable(data.analytics, 'analytics') } };
}

/** Starts a TDS server; every server and source made here is closed by `closeAll`. */
export function tdsLab(): {
  start(fixtures: Fixture, faults?: TdsFaults): Promise<TdsServer>;
  source(server: TdsServer | number, options?: Partial<MssqlSourceOptions>): Source;
  closeAll(): Promise<void>;
} {
  const servers: TdsServer[] = [];
  const sources: Source[] = [];
  return {
    async start(fixtures, faults = {}) {
      const server = await startTdsServer({ users: { [LOGIN.user]: LOGIN.password }, fixtures, faults });
      servers.push(server);
      return server;
    },
    source(server, options = {}) {
      const port = typeof server === 'number' ? server : server.port;
      const source = createMssqlSource({ server: '127.0.0.1', port, database: 'AgrTest', ...LOGIN, encrypt: false, policy: FAST_RETRY, ...options });
      sources.push(source);
      return source;
    },
    async closeAll() {
      await Promise.all(sources.splice(0).map((s) => s.close()));
      await Promise.all(servers.splice(0).map((s) => s.close()));
    },
  };
}

/** A TCP port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `count` synthetic users as a table (a fresh generator each query), counting the rows the server has produced. */
export function generatedUsers(count: number): { table: FixtureTable; produced: () => number } {
  let produced = 0;
  const { columns } = seedTable([...syntheticUsers(1)], 'users');
  const rows = function* (): Generator<Row> {
    for (const row of syntheticUsers(count)) {
      produced += 1;
      yield row;
    }
  };
  return { table: { columns, rows }, produced: () => produced };
}
