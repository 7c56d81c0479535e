import { isAbortedError, isDatabaseError, isSourceError, isTimeoutError, type DatabaseError } from '@n2f/resilience';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TdsServer } from '@n2f/tds-test-server';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort, generatedUsers, LOGIN, seedFixture, tdsLab } from '../../test/tds-lab.js';
import { CONTRACT_DATA, SOURCE_CONTRACT, collect, type ContractData } from '../testing/index.js';
import { viewColumns } from './columns.js';

const lab = tdsLab();
afterEach(() => lab.closeAll());

async function failure(iterable: AsyncIterable<unknown>): Promise<DatabaseError> {
  const error: unknown = await collect(iterable as AsyncIterable<never>).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isDatabaseError(error) || isTimeoutError(error) || isSourceError(error)).toBe(true);
  return error as DatabaseError;
}

/** Queries of the views the server received (the pool's own `SELECT 1` checks left out). */
const viewQueries = (server: TdsServer): string[] =>
  server.requests.flatMap((r) => (r.kind === 'query' && /iris_N2F_/.test(r.sql) ? [r.sql] : []));

describe('mssql source contract (through mssql/tedious against the TDS test server)', () => {
  const harness = { create: async (data: ContractData) => lab.source(await lab.start(seedFixture(data))) };
  for (const contractCase of SOURCE_CONTRACT) it(contractCase.name, () => contractCase.run(harness));
});

describe('mssql source', () => {
  it('types every SQL column type: bit, int, bigint, decimal, date, datetime, datetime2, nvarchar, varchar', async () => {
    const columns = viewColumns('users').map((name) => ({ name, type: 'nvarchar' as const }));
    const typed = { Moyen_Paiement_Prof: 'bit', Distance_TravDom: 'decimal', Matricule: 'int', CompanyID: 'bigint', LocationID: 'int', Devise: 'varchar' } as const;
    const table = {
      columns: columns.map((c) => (c.name in typed ? { name: c.name, type: typed[c.name as keyof typeof typed], ...(c.name === 'Distance_TravDom' ? { precision: 9, scale: 2 } : {}) } : c)),
      rows: [{ AdresseEmail: 'a@x.example', Moyen_Paiement_Prof: true, Distance_TravDom: 12.5, Matricule: 1234, CompanyID: 9_007_199_254_740_993n, LocationID: 7, Devise: 'EUR' }],
    };
    const analytics = {
      columns: [
        ...['typ', 'client', 'code', 'description', 'status'].map((name) => ({ name, type: 'nvarchar' as const })),
        { name: 'date_from', type: 'datetime' as const },
        { name: 'date_to', type: 'datetime2' as const },
        { name: 'booked_on', type: 'date' as const },
      ],
      rows: [{ typ: 'PROJECT', code: 'P1', date_from: '2024-01-02T00:00:00Z', date_to: '2099-12-31T00:00:00Z', booked_on: '2024-03-01' }],
    };
    const source = lab.source(await lab.start({ tables: { iris_N2F_User: table, iris_N2F_Analytics: analytics } }));
    const [user] = await collect(source.readUsers());
    expect(user).toMatchObject({ valid: true, row: { Moyen_Paiement_Prof: true, Distance_TravDom: 12.5, Matricule: '1234', CompanyID: '9007199254740993', LocationID: 7, Devise: 'EUR', Prenom: null } });
    const [row] = await collect(source.readAnalytics());
    expect(row).toMatchObject({ valid: true, row: { date_from: new Date('2024-01-02T00:00:00Z'), date_to: new Date('2099-12-31T00:00:00Z'), status: null } });
    expect(row).not.toHaveProperty('row.booked_on');
  });

  it('yields badly typed rows as invalid, naming row, key, column, value and reason', async () => {
    const analytics = {
      columns: [...['typ', 'client', 'code', 'description', 'status'].map((name) => ({ name, type: 'nvarchar' as const })), { name: 'date_from', type: 'bit' as const }, { name: 'date_to', type: 'date' as const }],
      rows: [{ typ: 'PROJECT', code: 'P1', date_from: null }, { typ: 'PROJECT', code: 'P2', date_from: true }],
    };
    const source = lab.source(await lab.start({ tables: { iris_N2F_Analytics: analytics } }));
    const records = await collect(source.readAnalytics());
    expect(records[0]?.valid).toBe(true);
    expect(records[1]).toEqual({ valid: false, rowNumber: 2, invalid: { view: 'analytics', rowNumber: 2, key: 'P2', column: 'date_from', value: true, reason: 'expected a valid date, a date string or NULL, got a boolean', fix: 'return date_from as date or datetime, or text in ISO form (YYYY-MM-DD) from the query (its SQL file)' } });
  });

  it('refuses a result that lacks view columns, naming them and the SQL file', async () => {
    const table = { columns: [{ name: 'AdresseEmail', type: 'nvarchar' as const }], rows: [['a@x.example']] };
    const source = lab.source(await lab.start({ tables: { iris_N2F_User: table } }));
    const error = await failure(source.readUsers());
    expect(isSourceError(error)).toBe(true);
    expect(error.message).toMatch(/users query \(SQL file .*users\.production\.sql\) lacks the columns "Prenom", "Nom"/);
  });

  it('fails a refused login with DATABASE_LOGIN_FAILED, once, naming what to check and never the password', async () => {
    const server = await lab.start(seedFixture(CONTRACT_DATA));
    const source = lab.source(server, { password: 'Wrong-Pa55word' });
    const error = await failure(source.readUsers());
    expect(error).toMatchObject({ code: 'DATABASE_LOGIN_FAILED', number: 18_456, transient: false });
    expect(error.message).toMatch(/Login to SQL Server 127\.0\.0\.1:\d+ \(database "AgrTest"\) failed: Login failed for user 'n2f_reader'\. Check the user \("n2f_reader"\) and password given in the AGRESSO_DB_USER/);
    expect(JSON.stringify([error.message, error.toJSON(), String(error.stack)])).not.toMatch(/Wrong-Pa55word|S3cret/);
    expect(server.requests.filter((r) => r.kind === 'login')).toHaveLength(1);
    await expect(source.check()).rejects.toMatchObject({ code: 'DATABASE_LOGIN_FAILED' });
  });

  it('fails an unreachable server (closed port) with DATABASE_UNREACHABLE after retrying', async () => {
    const port = await closedPort();
    let attempts = 0;
    const source = lab.source(port, { policy: { name: 'count', execute: async (fn) => { let last: unknown; for (let i = 1; i <= 2; i += 1) { attempts = i; try { return await fn({ signal: new AbortController().signal, attempt: i }); } catch (e) { last = e; } } throw last; } } });
    const error = await failure(source.readUsers());
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE', transient: true });
    expect(error.message).toMatch(new RegExp(`Cannot reach SQL Server 127\\.0\\.0\\.1:${port} .*firewall`));
    expect(attempts).toBe(2);
    await expect(source.check()).rejects.toMatchObject({ code: 'DATABASE_UNREACHABLE' });
  });

  it('reports a login that never answers as unreachable within connectionTimeoutMs', async () => {
    const server = await lab.start(seedFixture(CONTRACT_DATA), { hangLogin: true });
    const error = await failure(lab.source(server, { connectionTimeoutMs: 300 }).readUsers());
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    expect(error.message).toMatch(/no answer within 300 ms \(connectionTimeoutMs\)/);
  });

  it('times out a slow query with TimeoutError, retried as transient', async () => {
    const server = await lab.start(seedFixture(CONTRACT_DATA), { latencyMs: 5_000 });
    const error = await failure(lab.source(server, { requestTimeoutMs: 200 }).readUsers());
    expect(isTimeoutError(error)).toBe(true);
    expect(error.message).toMatch(/users query did not finish within 200 ms \(requestTimeoutMs\)/);
    expect(viewQueries(server)).toHaveLength(3);
  });

  it('fails a missing view with DATABASE_OBJECT_MISSING, naming the view, the database and the SQL file', async () => {
    const source = lab.source(await lab.start({ tables: {} }));
    const error = await failure(source.readAnalytics());
    expect(error).toMatchObject({ code: 'DATABASE_OBJECT_MISSING', number: 208, transient: false });
    expect(error.message).toMatch(/Invalid object name 'iris_N2F_Analytics'.*view iris_N2F_Analytics exists in database "AgrTest".*analytics\.production\.sql/);
  });

  it('retries a transient SQL error before the first row, then streams', async () => {
    let calls = 0;
    const fixture = { ...seedFixture(CONTRACT_DATA), queries: [{ match: () => (++calls === 1 ? { error: { number: 1205, message: 'Transaction was deadlocked.' } } : undefined) }] };
    const server = await lab.start(fixture);
    const records = await collect(lab.source(server).readUsers());
    expect(records).toHaveLength(CONTRACT_DATA.users.length);
    expect(calls).toBeGreaterThanOrEqual(2);
  });

  it('does not replay rows: a disconnect mid-result fails the read after the rows already yielded', async () => {
    const { table } = generatedUsers(2_000);
    const server = await lab.start({ tables: { iris_N2F_User: table } }, { closeAfterRows: 700 });
    let rows = 0;
    const error: unknown = await (async () => {
      for await (const _record of lab.source(server).readUsers()) rows += 1;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    expect(String((error as Error).message)).toMatch(/lost after \d+ rows of the users query/);
    expect(rows).toBeLessThanOrEqual(700);
    expect(rows).toBeGreaterThan(0);
    expect(viewQueries(server)).toHaveLength(1);
  });

  it('runs the development SQL files, or the files given by path', async () => {
    const server = await lab.start(seedFixture(CONTRACT_DATA));
    await collect(lab.source(server, { variant: 'development' }).readAnalytics());
    expect(viewQueries(server)).toEqual([expect.stringMatching(/^WITH ranked AS/)]);
  });

  it('streams 100k rows with back-pressure and a flat heap', async () => {
    const { table, produced } = generatedUsers(100_000);
    const server = await lab.start({ tables: { iris_N2F_User: table } });
    const source = lab.source(server);
    // A full GC before each sample measures what is retained, not what the collector has yet to reclaim.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const retained = (): number => (gc(), process.memoryUsage().heapUsed);
    const baseline = retained();
    let peak = baseline;
    let count = 0;
    let ahead = 0;
    for await (const record of source.readUsers()) {
      count += record.valid ? 1 : 0;
      if (count % 10_000 === 0) peak = Math.max(peak, retained());
      if (count === 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        ahead = produced() - count;
      }
    }
    expect(count).toBe(100_000);
    expect(ahead).toBeLessThan(40_000); // the server is held back by TCP once the driver pauses
    expect((peak - baseline) / 2 ** 20).toBeLessThan(24); // 100k rows held would be well over 100 MB
  });

  it('uses a given pool and leaves it open on close()', async () => {
    const server = await lab.start(seedFixture(CONTRACT_DATA));
    const { default: mssql } = await import('mssql');
    const pool = new mssql.ConnectionPool({ server: '127.0.0.1', port: server.port, ...LOGIN, options: { encrypt: false } });
    try {
      const source = lab.source(server, { pool });
      expect(await collect(source.readAnalytics())).toHaveLength(CONTRACT_DATA.analytics.length);
      await source.close();
      expect(pool.connected).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('stops a read on abort with AbortedError, cancelling the query', async () => {
    const { table } = generatedUsers(50_000);
    const server = await lab.start({ tables: { iris_N2F_User: table } });
    const source = lab.source(server);
    const controller = new AbortController();
    let rows = 0;
    const error: unknown = await (async () => {
      for await (const _record of source.readUsers({ signal: controller.signal })) if (++rows === 100) controller.abort();
    })().catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
    expect(rows).toBe(100);
    expect(await collect(source.readAnalytics()).catch((e: unknown) => e)).toMatchObject({ code: 'DATABASE_OBJECT_MISSING' });
  });
});
