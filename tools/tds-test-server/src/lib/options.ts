import { createResolver, type Resolver } from './query-resolver.js';
import { resultShape } from './result-tokens.js';
import type { Fixture, TdsFaults, TdsServerOptions } from './types.js';

/** Faults with defaults applied. */
export interface ResolvedFaults {
  readonly latencyMs: number;
  readonly closeAfterRows: number | undefined;
  readonly hangLogin: boolean;
}

/** Options with defaults applied and checked. */
export interface ResolvedOptions {
  readonly port: number;
  readonly users: ReadonlyMap<string, string>;
  readonly resolver: Resolver;
  readonly faults: ResolvedFaults;
}

/** Apply defaults and fail fast, naming the bad option. */
export function resolveTdsServerOptions(options: TdsServerOptions): ResolvedOptions {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`tds-test-server: "port" must be an integer 0..65535, got ${port}`);
  const users = new Map(Object.entries(options.users));
  if (users.size === 0) throw new TypeError('tds-test-server: "users" needs at least one user');
  for (const [user, password] of users) {
    if (typeof password !== 'string') throw new TypeError(`tds-test-server: "users.${user}" must be a password string`);
  }
  const fixtures = options.fixtures ?? {};
  checkTables(fixtures);
  return { port, users, resolver: createResolver(fixtures), faults: resolveFaults(options.faults ?? {}) };
}

/** Apply fault defaults; also used when a test swaps faults on a running server. */
export function resolveFaults(faults: TdsFaults): ResolvedFaults {
  const latencyMs = faults.latencyMs ?? 0;
  if (!(latencyMs >= 0)) throw new RangeError(`tds-test-server: "faults.latencyMs" must be >= 0, got ${latencyMs}`);
  const { closeAfterRows } = faults;
  if (closeAfterRows !== undefined && !(Number.isInteger(closeAfterRows) && closeAfterRows >= 0)) {
    throw new RangeError(`tds-test-server: "faults.closeAfterRows" must be an integer >= 0, got ${closeAfterRows}`);
  }
  return { latencyMs, closeAfterRows, hangLogin: faults.hangLogin ?? false };
}

/** Column definitions are checked at start, not at the first query that reads them. */
function checkTables(fixtures: Fixture): void {
  for (const [name, table] of Object.entries(fixtures.tables ?? {})) {
    try {
      resultShape(table.columns);
    } catch (error) {
      throw new RangeError(`tds-test-server: "fixtures.tables.${name}": ${(error as Error).message}`, { cause: error });
    }
  }
}
