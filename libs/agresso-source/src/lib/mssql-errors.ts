import { AbortedError, DatabaseError, TimeoutError, isSyncError, type SyncError } from '@n2f/resilience';
import { VIEW_NAMES } from './columns.js';
import type { MssqlTarget } from './mssql-options.js';
import type { AgressoView } from './types.js';

/** What a message about a failed query needs to say what to check (never the password). */
export interface QueryFacts {
  readonly view: AgressoView;
  readonly sqlFile: string;
  /** Empty strings when the caller gave its own pool. */
  readonly target: MssqlTarget;
  readonly connectionTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly credentialsHint: string;
  /** Rows already read when the error came. */
  readonly rows: number;
  /** The last error SQL Server sent during login, which the driver does not keep on its error. */
  readonly loginError?: { readonly number: number; readonly state: number } | undefined;
}

/** SQL Server errors worth another attempt: deadlock victim, Azure throttling and failover, dropped sessions. */
const TRANSIENT_NUMBERS = new Set([-2, 233, 1205, 4221, 10053, 10054, 10060, 10928, 10929, 40197, 40501, 40613, 49918, 49919, 49920]);
const UNREACHABLE_CODES = new Set(['ESOCKET', 'EINSTLOOKUP', 'ECONNCLOSED', 'ENOTOPEN', 'ECONNRESET']);

interface DriverError {
  name?: unknown;
  code?: unknown;
  number?: unknown;
  state?: unknown;
  message?: unknown;
}

/** Maps a driver error to the error family, with a message that says what to check. */
export function toSourceFailure(error: unknown, facts: QueryFacts): SyncError {
  if (isSyncError(error)) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const options = { cause: error, context: { view: facts.view, sqlFile: facts.sqlFile, server: facts.target.server, database: facts.target.database } };
  if (e.code === 'ECANCEL') return new AbortedError(`The ${facts.view} query was cancelled.`, options);
  if (e.code === 'ELOGIN') return loginFailed(message, facts, options);
  if (e.code === 'ETIMEOUT' && e.name !== 'ConnectionError') {
    const text = `The ${facts.view} query did not finish within ${facts.requestTimeoutMs} ms (requestTimeoutMs). Check the load of ${where(facts)} or raise requestTimeoutMs.`;
    return new TimeoutError(text, facts.requestTimeoutMs, options);
  }
  if (e.code === 'ETIMEOUT' || (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code))) return unreachable(message, e.code === 'ETIMEOUT', facts, options);
  if (typeof e.number === 'number') return sqlError(e.number, typeof e.state === 'number' ? e.state : undefined, message, facts, options);
  return new DatabaseError(`The ${facts.view} query on ${where(facts)} failed: ${message}`, { transient: false }, options);
}

function where(facts: QueryFacts): string {
  const { server, port, database } = facts.target;
  return server === '' ? 'the SQL Server of the given pool' : `SQL Server ${server}:${port} (database "${database}")`;
}

function loginFailed(message: string, facts: QueryFacts, options: object): DatabaseError {
  const { number = 18_456, state } = facts.loginError ?? {};
  const check =
    number === 4060
      ? `Check the database name (option database: "${facts.target.database}") and that the login is a user of that database.`
      : `Check the user ("${facts.target.user}") and password given in ${facts.credentialsHint}, and that this SQL Server login is enabled.`;
  return new DatabaseError(`Login to ${where(facts)} failed: ${message} ${check}`, { code: 'DATABASE_LOGIN_FAILED', number, ...(state === undefined ? {} : { state }), transient: false }, options);
}

function unreachable(message: string, timedOut: boolean, facts: QueryFacts, options: object): DatabaseError {
  const during = facts.rows > 0 ? ` The connection was lost after ${facts.rows} rows of the ${facts.view} query.` : '';
  const why = timedOut ? `no answer within ${facts.connectionTimeoutMs} ms (connectionTimeoutMs)` : message;
  const check = 'Check the server name and port, that SQL Server accepts TCP connections there, that no firewall blocks the port, and the encrypt/trustServerCertificate options.';
  return new DatabaseError(`Cannot reach ${where(facts)}: ${why}.${during} ${check}`, { code: 'DATABASE_UNREACHABLE', transient: true }, options);
}

function sqlError(number: number, state: number | undefined, message: string, facts: QueryFacts, options: object): DatabaseError {
  const details = { number, ...(state === undefined ? {} : { state }) };
  const view = VIEW_NAMES[facts.view];
  if (number === 208 || number === 207) {
    const check = `Check that the view ${view} exists in database "${facts.target.database}" (option database) with the expected columns, and the SQL file ${facts.sqlFile}.`;
    return new DatabaseError(`The ${facts.view} query failed: ${message} ${check}`, { code: 'DATABASE_OBJECT_MISSING', ...details, transient: false }, options);
  }
  if (number === 229 || number === 230) {
    const check = `The login "${facts.target.user}" needs SELECT on ${view}: GRANT SELECT ON ${view} TO [${facts.target.user}].`;
    return new DatabaseError(`The ${facts.view} query was refused: ${message} ${check}`, { ...details, transient: false }, options);
  }
  const transient = TRANSIENT_NUMBERS.has(number);
  return new DatabaseError(`The ${facts.view} query failed with SQL Server error ${number}: ${message} (SQL file ${facts.sqlFile}).`, { ...details, transient }, options);
}
