import { AbortedError } from '@n2f/resilience';
import { toSourceFailure } from './mssql-errors.js';
import { resolveMssqlSourceOptions, type MssqlSourceOptions } from './mssql-options.js';
import { createPoolHandle } from './mssql-pool.js';
import { queryFacts, readMssqlView, type ReadContext } from './mssql-read.js';
import { instrumentRead } from './query-channel.js';
import type { ReadOptions, Source } from './types.js';
import { viewShape } from './view-shape.js';

/**
 * A source over the two Agresso views on SQL Server, through its own `mssql` connection pool
 * (never the global one) or a given one. Rows stream with back-pressure; transient errors are
 * retried before the first row only; failures are `DatabaseError`s that say what to check.
 * @example
 * const source = createMssqlSource({ server: 'agresso-db', database: 'AgrProd', user, password });
 * for await (const record of source.readUsers({ signal })) if (record.valid) console.log(record.row.AdresseEmail);
 * await source.close();
 */
export function createMssqlSource(options: MssqlSourceOptions): Source {
  const resolved = resolveMssqlSourceOptions(options);
  const context: ReadContext = { options: resolved, pools: createPoolHandle(resolved) };
  const shapes = { users: viewShape('users', 'sql', resolved.extraColumns.users), analytics: viewShape('analytics', 'sql', resolved.extraColumns.analytics) };
  return {
    kind: 'mssql',
    readUsers: (o: ReadOptions = {}) => instrumentRead('users', 'mssql', readMssqlView(context, shapes.users, o.signal)),
    readAnalytics: (o: ReadOptions = {}) => instrumentRead('analytics', 'mssql', readMssqlView(context, shapes.analytics, o.signal)),
    check: (o: ReadOptions = {}) => check(context, o.signal),
    close: () => context.pools.close(),
  };
}

/** Opens a connection (under the policy) and runs `SELECT 1`; it does not read the views. */
async function check(context: ReadContext, signal?: AbortSignal): Promise<void> {
  const { options, pools } = context;
  await options.policy.execute(async ({ signal: attempt }) => {
    if (attempt.aborted) throw new AbortedError('The check was aborted.');
    try {
      const pool = await pools.acquire();
      await pool.request().query('SELECT 1 AS ok');
    } catch (error) {
      throw toSourceFailure(error, queryFacts(context, 'users', options.sqlFiles.users, 0));
    }
  }, signal);
}
