import sql from 'mssql';
import { afterEach } from 'vitest';
import { startTdsServer, type TdsServer, type TdsServerOptions } from '../src/index.js';

/** The login the test servers accept; a test-only secret, never printed. */
export const TEST_USER = { user: 'n2f_reader', password: 'test-only-Secret1' } as const;

/** Servers and pools for one test file, all closed after each test. */
export interface Harness {
  /** Start a server on port 0 that accepts {@link TEST_USER}. */
  server(options?: Omit<TdsServerOptions, 'users'>): Promise<TdsServer>;
  /** Connect a dedicated mssql pool (never the global one) to `server`. */
  connect(server: TdsServer, overrides?: Partial<sql.config>): Promise<sql.ConnectionPool>;
}

/** Register the after-each cleanup and return the harness. */
export function useHarness(): Harness {
  const servers: TdsServer[] = [];
  const pools: sql.ConnectionPool[] = [];
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.close();
    for (const server of servers.splice(0)) await server.close();
  });
  return {
    async server(options = {}) {
      const server = await startTdsServer({ users: { [TEST_USER.user]: TEST_USER.password }, ...options });
      servers.push(server);
      return server;
    },
    async connect(server, overrides = {}) {
      const pool = new sql.ConnectionPool({
        server: server.host,
        port: server.port,
        user: TEST_USER.user,
        password: TEST_USER.password,
        database: 'AgrProd',
        options: { encrypt: false, trustServerCertificate: true },
        ...overrides,
      });
      pools.push(pool);
      return pool.connect();
    },
  };
}
