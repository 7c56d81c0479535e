import sql from 'mssql';
import type { TdsServer } from '../src/index.js';

/** The login the test servers accept; a test-only secret, never printed. */
export const TEST_USER = { user: 'n2f_reader', password: 'test-only-Secret1' } as const;

/** A dedicated mssql pool (never the global one) on a running test server. */
export async function connectPool(server: TdsServer, overrides: Partial<sql.config> = {}): Promise<sql.ConnectionPool> {
  const pool = new sql.ConnectionPool({
    server: server.host,
    port: server.port,
    user: TEST_USER.user,
    password: TEST_USER.password,
    database: 'AgrProd',
    options: { encrypt: false, trustServerCertificate: true },
    ...overrides,
  });
  return pool.connect();
}
