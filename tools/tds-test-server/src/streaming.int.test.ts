import { setTimeout as sleep } from 'node:timers/promises';
import type sql from 'mssql';
import { describe, expect, it } from 'vitest';
import type { FixtureTable } from './index.js';
import { useHarness } from '../test/harness.js';

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

/** Poll until the server has started pulling rows, then until it stops: backpressure has reached the generator. */
async function stalled(produced: () => number): Promise<number> {
  // On a busy machine the query can take longer than one poll to reach the server.
  while (produced() === 0) await sleep(20);
  let last = -1;
  for (let attempt = 0; attempt < 200 && produced() !== last; attempt++) {
    last = produced();
    await sleep(150);
  }
  return produced();
}

describe('streaming large results', () => {
  const harness = useHarness();

  it('streams 100k generated rows in packets of the negotiated size', async () => {
    const { table } = generated(100_000, (n) => `row ${n}`);
    const pool = await harness.connect(await harness.server({ fixtures: { tables: { big: table } } }), { options: { encrypt: false, packetSize: 8192 } });
    let last = -1;
    const count = await streamRows(pool.request(), 'select n, label from dbo.big', (row) => (last = row.n));
    expect(count).toBe(100_000);
    expect(last).toBe(99_999);
  });

  it('stops pulling rows while the client does not read (backpressure)', async () => {
    const total = 1_000_000;
    const { table, produced } = generated(total, () => 'x'.repeat(200));
    const pool = await harness.connect(await harness.server({ fixtures: { tables: { big: table } } }));
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
