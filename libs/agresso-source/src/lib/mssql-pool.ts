import mssql, { type ConnectionPool, type config as PoolConfig } from 'mssql';
import type { ResolvedMssqlSourceOptions } from './mssql-options.js';

/** The connection pool of a source: its own (made on first use, remade after a failed connect) or the caller's. */
export interface PoolHandle {
  /** A connected pool. */
  acquire(): Promise<ConnectionPool>;
  /** The number and state of the last error SQL Server sent at login (the driver's error drops them). */
  lastLoginError(): { number: number; state: number } | undefined;
  /** Closes the own pool; the caller's pool is left open. */
  close(): Promise<void>;
}

/** Creates the pool handle of a source. */
export function createPoolHandle(options: ResolvedMssqlSourceOptions): PoolHandle {
  let connecting: Promise<ConnectionPool> | undefined;
  let loginError: { number: number; state: number } | undefined;
  const own = options.pool === undefined;
  const connect = async (): Promise<ConnectionPool> => {
    const pool = options.pool ?? new mssql.ConnectionPool(poolConfig(options, (e) => (loginError = e)));
    // Errors of idle connections surface through the next request; without a listener they would crash.
    if (own) pool.on('error', () => undefined);
    try {
      if (!pool.connected) await pool.connect();
      return pool;
    } catch (error) {
      connecting = undefined;
      if (own) await pool.close().catch(() => undefined);
      throw error;
    }
  };
  return {
    acquire: () => (connecting ??= connect()),
    lastLoginError: () => loginError,
    async close() {
      const pending = connecting;
      connecting = undefined;
      if (own && pending) await pending.then((pool) => pool.close()).catch(() => undefined);
    },
  };
}

function poolConfig(options: ResolvedMssqlSourceOptions, onLoginError: (e: { number: number; state: number }) => void): PoolConfig {
  const { target, connection } = options;
  return {
    server: target.server,
    port: target.port,
    database: target.database,
    user: target.user,
    password: connection.password,
    connectionTimeout: connection.connectionTimeoutMs,
    requestTimeout: connection.requestTimeoutMs,
    pool: { min: 0, max: connection.poolMax, idleTimeoutMillis: 30_000 },
    options: {
      encrypt: connection.encrypt,
      trustServerCertificate: connection.trustServerCertificate,
      appName: connection.appName,
      useUTC: true,
    },
    beforeConnect: (conn) => {
      conn.on('errorMessage', (token: { number: number; state: number }) => onLoginError({ number: token.number, state: token.state }));
    },
  };
}
