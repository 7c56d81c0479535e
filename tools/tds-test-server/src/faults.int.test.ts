import sql from 'mssql';
import { describe, expect, it } from 'vitest';
import type { FixtureTable, TdsFaults, TdsServer } from './index.js';
import { useHarness } from '../test/harness.js';

const numbers: FixtureTable = { columns: [{ name: 'n', type: 'int' }], rows: () => Array.from({ length: 1000 }, (_, n) => [n]) };
const endless: FixtureTable = {
  columns: [{ name: 'n', type: 'int' }],
  rows: function* () {
    for (let n = 0; ; n++) yield [n];
  },
};

describe('faults and cancel', () => {
  const harness = useHarness();

  /** A server and a pool of one connection, so a later query proves that connection still works. */
  async function start(faults: TdsFaults = {}): Promise<{ client: sql.ConnectionPool; tds: TdsServer }> {
    const tds = await harness.server({ faults, fixtures: { tables: { numbers, endless } } });
    return { client: await harness.connect(tds, { pool: { max: 1 } }), tds };
  }

  it('delays each query by the configured latency', async () => {
    const { client } = await start({ latencyMs: 200 });
    const started = performance.now();
    await client.request().query('select n from numbers');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('closes the connection mid-result after the configured rows, surfacing as a driver error', async () => {
    const { client } = await start({ closeAfterRows: 5 });
    const request = client.request();
    request.stream = true;
    let rows = 0;
    request.on('row', () => (rows += 1));
    const failed = new Promise<unknown>((resolve) => request.on('error', resolve));
    void request.query('select n from numbers');
    expect(await failed).toMatchObject({ name: 'RequestError', code: expect.stringMatching(/^(ESOCKET|ECONNRESET)$/) });
    // tedious fails the request as soon as the socket ends, possibly before parsing every row that came.
    expect(rows).toBeLessThanOrEqual(5);
  });

  it('never answers a login when told to, so the connect timeout fires', async () => {
    const server = await harness.server({ faults: { hangLogin: true } });
    await expect(harness.connect(server, { connectionTimeout: 300 })).rejects.toMatchObject({ code: 'ETIMEOUT' });
  });

  it('stops an endless result on ATTENTION and acknowledges it; the connection stays usable', async () => {
    const { client, tds } = await start();
    const request = client.request();
    request.stream = true;
    request.once('row', () => request.cancel());
    const failed = new Promise<unknown>((resolve) => request.on('error', resolve));
    void request.query('select n from endless');
    expect(await failed).toMatchObject({ code: 'ECANCEL' });
    expect(tds.requests.filter((received) => received.kind === 'attention')).toHaveLength(1);
    const after = await client.request().query('select n from numbers');
    expect(after.recordset).toHaveLength(1000);
  });

  it('cuts the latency short on ATTENTION, and faults can be changed on a running server', async () => {
    const { client, tds } = await start({ latencyMs: 60_000 });
    const request = client.request();
    const query = request.query('select n from numbers');
    setTimeout(() => request.cancel(), 100);
    await expect(query).rejects.toMatchObject({ code: 'ECANCEL' });
    tds.setFaults({});
    expect((await client.request().query('select n from numbers')).recordset).toHaveLength(1000);
  });
});
