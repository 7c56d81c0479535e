import { setTimeout as sleep } from 'node:timers/promises';
import sql from 'mssql';
import { afterEach, describe, expect, it } from 'vitest';
import { startTdsServer, type FixtureTable, type TdsServer } from './index.js';
import { connectPool, TEST_USER } from '../test/mssql-client.js';

const users = { [TEST_USER.user]: TEST_USER.password };

/** A table of `total` generated rows that counts how many the server has pulled. */
function generated(total: number, label: (n: number) => string): { table: FixtureTable; produced: () => number } {
  let produced = 0;
  const table: FixtureTable = {
    columns: [
      { name: 'n', type: 'int', nullable: false },
      { name: 'label', type: 'nvarchar', length: 400 },
    ],
    rows: function* () {
      for (let n = 0; n < total; n++) {
        produced += 1;
        yield [n, label(n)];
      }
    },
  };
  return { table, produced: () => produced };
}

/** Run a streamed query; resolves with the rows seen once 'done' fires. */
function streamRows(request: sql.Request, text: string, onRow: (row: { n: number }) => void = () => undefined): Promise<number> {
  request.stream = true;
  return new Promise((resolve, reject) => {
    let count = 0;
    request.on('row', (row: { n: number }) => {
      count += 1;
      onRow(row);
    });
    request.on('error', reject);
    request.on('done', () => resolve(count));
    void request.query(text);
  });
}

/** Poll until the server stops pulling rows: backpressure has reached the generator. */
async function stalled(produced: () => number): Promise<number> {
  let last = -1;
  for (let attempt = 0; attempt < 200 && produced() !== last; attempt++) {
    last = produced();
    await sleep(150);
  }
  return produced();
}

describe('streaming large results', () => {
  let server: TdsServer | undefined;
  let pool: sql.ConnectionPool | undefined;

  afterEach(async () => {
    await pool?.close();
    await server?.close();
  });

  it('streams 100k generated rows in packets of the negotiated size', async () => {
    const { table } = generated(100_000, (n) => `row ${n}`);
    server = await startTdsServer({ users, fixtures: { tables: { big: table } } });
    pool = await connectPool(server, { options: { encrypt: false, packetSize: 8192 } });
    let last = -1;
    const count = await streamRows(pool.request(), 'select n, label from dbo.big', (row) => (last = row.n));
    expect(count).toBe(100_000);
    expect(last).toBe(99_999);
  });

  it('stops pulling rows while the client does not read (backpressure)', async () => {
    const total = 1_000_000;
    const { table, produced } = generated(total, () => 'x'.repeat(200));
    server = await startTdsServer({ users, fixtures: { tables: { big: table } } });
    pool = await connectPool(server);
    const request = pool.request();
    const finished = streamRows(request, 'select * from big', () => request.pause());
    const pulled = await stalled(produced);
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(total / 2);
    // A paused client notices nothing, not even a closed socket: cancel to free the connection.
    request.removeAllListeners('row');
    request.resume();
    request.cancel();
    await expect(finished).rejects.toMatchObject({ code: 'ECANCEL' });
    expect(produced()).toBeLessThan(total / 2);
  });
});
