import { ConfigurationError, databasePolicy, type Policy } from '@n2f/resilience';
import type { ConnectionPool } from 'mssql';
import { resolveExtraColumns } from './extra-columns.js';
import { shippedSqlFile, type SqlVariant } from './sql-files.js';
import type { AgressoView } from './types.js';
import type { ExtraColumns } from './view-shape.js';

/** Options of `createMssqlSource`. Server, database, user and password are required unless `pool` is given. */
export interface MssqlSourceOptions {
  /** SQL Server host name or address (`host\\instance` for a named instance). */
  server?: string;
  /** TCP port. @default 1433 */
  port?: number;
  /** Database holding the two views; the SQL files do not name it. */
  database?: string;
  /** SQL Server login (SELECT on the two views is all it needs). */
  user?: string;
  /** Password of the login; never logged nor put in an error. */
  password?: string;
  /** Encrypt the connection (TLS). @default true */
  encrypt?: boolean;
  /** Accept a server certificate that does not chain to a trusted root. @default false */
  trustServerCertificate?: boolean;
  /** Time allowed to open a connection, in ms. @default 15_000 */
  connectionTimeoutMs?: number;
  /** Time allowed to one whole query, rows included, in ms. @default 120_000 */
  requestTimeoutMs?: number;
  /** Most connections the source's own pool opens. @default 2 */
  poolMax?: number;
  /** Which shipped SQL files run: every row, or the documented development selection. @default 'production' */
  variant?: SqlVariant;
  /** Paths of SQL files replacing the shipped ones, per view. @default the shipped files of `variant` */
  sqlFiles?: Readonly<Partial<Record<AgressoView, string>>>;
  /** Columns beyond the standard views to require and keep as given. @default {} */
  extraColumns?: ExtraColumns;
  /** A connection pool to use instead of the source's own; `close()` leaves it open. */
  pool?: ConnectionPool;
  /** Retries opening a query (only before its first row). @default databasePolicy() */
  policy?: Policy;
  /** Where the login comes from, named in a login-failure message. @default 'the AGRESSO_DB_USER and AGRESSO_DB_PASSWORD environment variables' */
  credentialsHint?: string;
  /** Application name shown in SQL Server's session list. @default 'n2f-sync' */
  appName?: string;
}

/** Where to connect, for the own pool and for messages (no password). */
export interface MssqlTarget {
  readonly server: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
}

/** The options with defaults applied. */
export interface ResolvedMssqlSourceOptions {
  readonly target: MssqlTarget;
  readonly connection: {
    readonly password: string;
    readonly encrypt: boolean;
    readonly trustServerCertificate: boolean;
    readonly connectionTimeoutMs: number;
    readonly requestTimeoutMs: number;
    readonly poolMax: number;
    readonly appName: string;
  };
  readonly sqlFiles: Readonly<Record<AgressoView, string>>;
  readonly extraColumns: Readonly<Record<AgressoView, readonly string[]>>;
  readonly pool: ConnectionPool | undefined;
  readonly policy: Policy;
  readonly credentialsHint: string;
}

/** Applies defaults and fails fast with a `ConfigurationError` naming the bad option. */
export function resolveMssqlSourceOptions(options: MssqlSourceOptions): ResolvedMssqlSourceOptions {
  const pool = options.pool;
  const variant = options.variant ?? 'production';
  if (variant !== 'production' && variant !== 'development') {
    throw new ConfigurationError('variant', `"${String(variant)}" is not a variant`, 'use "production" or "development"');
  }
  return {
    target: {
      server: text('server', options.server, pool, 'the SQL Server host name, e.g. "agresso-db.example.com"'),
      port: integer('port', options.port, 1433, 1, 65_535),
      database: text('database', options.database, pool, 'the database holding iris_N2F_User and iris_N2F_Analytics'),
      user: text('user', options.user, pool, 'the SQL Server login'),
    },
    connection: {
      password: text('password', options.password, pool, 'the password of the login'),
      encrypt: flag('encrypt', options.encrypt, true),
      trustServerCertificate: flag('trustServerCertificate', options.trustServerCertificate, false),
      connectionTimeoutMs: integer('connectionTimeoutMs', options.connectionTimeoutMs, 15_000, 1, 600_000),
      requestTimeoutMs: integer('requestTimeoutMs', options.requestTimeoutMs, 120_000, 1, 86_400_000),
      poolMax: integer('poolMax', options.poolMax, 2, 1, 100),
      appName: options.appName ?? 'n2f-sync',
    },
    sqlFiles: {
      users: sqlFile('users', options.sqlFiles?.users, variant),
      analytics: sqlFile('analytics', options.sqlFiles?.analytics, variant),
    },
    extraColumns: resolveExtraColumns(options.extraColumns),
    pool,
    policy: options.policy ?? databasePolicy(),
    credentialsHint: options.credentialsHint ?? 'the AGRESSO_DB_USER and AGRESSO_DB_PASSWORD environment variables',
  };
}

function text(key: string, value: unknown, pool: ConnectionPool | undefined, what: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (value === undefined && pool !== undefined) return '';
  throw new ConfigurationError(key, value === undefined ? 'is missing' : 'must be a non-empty string', `give ${what}`);
}

function integer(key: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new ConfigurationError(key, `${String(value)} is not an integer from ${min} to ${max}`, `give a number in that range or leave it out (default ${fallback})`);
}

function flag(key: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  throw new ConfigurationError(key, `${String(value)} is not a boolean`, 'give true or false');
}

function sqlFile(view: AgressoView, path: unknown, variant: SqlVariant): string {
  if (path === undefined) return shippedSqlFile(view, variant);
  if (typeof path === 'string' && path.trim() !== '') return path;
  throw new ConfigurationError(`sqlFiles.${view}`, 'must be the path of a .sql file', 'give a path or leave it out to use the shipped file');
}
