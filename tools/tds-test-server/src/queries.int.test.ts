import sql from 'mssql';
import { describe, expect, it } from 'vitest';
import type { Fixture, ReceivedRequest, TdsServer } from './index.js';
import { useHarness } from '../test/harness.js';

const codes = { columns: [{ name: 'x', type: 'nvarchar' }], rows: [['a'], ['b']] } as const;

/** The queries that mention `text`, leaving out the driver's own (initial SET batch, pool validation). */
function queries(server: TdsServer, text: string): ReceivedRequest[] {
  return server.requests.filter((request) => request.kind === 'query' && request.sql.includes(text));
}

describe('queries through mssql', () => {
  const harness = useHarness();

  async function start(fixtures: Fixture): Promise<{ client: sql.ConnectionPool; received: (text: string) => ReceivedRequest[] }> {
    const server = await harness.server({ fixtures });
    return { client: await harness.connect(server), received: (text) => queries(server, text) };
  }

  it('runs a parameterised query through sp_executesql, ignoring the WHERE clause', async () => {
    const { client, received } = await start({ tables: { codes } });
    const result = await client.request().input('x', sql.NVarChar, 'a').query('select x from codes where x = @x');
    expect(result.recordset).toEqual([{ x: 'a' }, { x: 'b' }]);
    expect(received('codes')).toEqual([{ kind: 'query', via: 'rpc', sql: 'select x from codes where x = @x', params: { x: 'a' } }]);
  });

  it('decodes parameters of every common type', async () => {
    const { client, received } = await start({ tables: { codes } });
    await client
      .request()
      .input('i', sql.Int, -7)
      .input('big', sql.BigInt, 2 ** 40)
      .input('flag', sql.Bit, true)
      .input('amount', sql.Decimal(10, 2), 1234.5)
      .input('ratio', sql.Float, 0.25)
      .input('day', sql.Date, new Date('2024-03-01T00:00:00Z'))
      .input('at', sql.DateTime, new Date('2024-03-01T10:20:30.500Z'))
      .input('at2', sql.DateTime2(3), new Date('2024-03-01T10:20:30.123Z'))
      .input('code', sql.VarChar(10), 'Crème')
      .input('long', sql.NVarChar(sql.MAX), 'ü'.repeat(6000))
      .input('none', sql.NVarChar, null)
      .input('tiny', sql.TinyInt, 200)
      .input('small', sql.SmallInt, -300)
      .input('real', sql.Real, 1.5)
      .input('num', sql.Numeric(20, 4), -0.125)
      .input('id', sql.UniqueIdentifier, '6F9619FF-8B86-D011-B42D-00C04FC964FF')
      .input('blob', sql.VarBinary, Buffer.from([1, 2, 255]))
      .input('fixed', sql.Char(3), 'abc')
      .input('nfixed', sql.NChar(2), 'çà')
      .input('minute', sql.SmallDateTime, new Date('2024-03-01T10:20:00Z'))
      .query('select x from codes');
    expect(received('codes')[0]).toMatchObject({
      params: {
        i: -7,
        big: 2n ** 40n,
        flag: true,
        amount: 1234.5,
        ratio: 0.25,
        day: new Date('2024-03-01T00:00:00Z'),
        at: new Date('2024-03-01T10:20:30.500Z'),
        at2: new Date('2024-03-01T10:20:30.123Z'),
        code: 'Crème',
        long: 'ü'.repeat(6000),
        none: null,
        tiny: 200,
        small: -300,
        real: 1.5,
        num: -0.125,
        id: '6F9619FF-8B86-D011-B42D-00C04FC964FF',
        blob: Buffer.from([1, 2, 255]),
        fixed: 'abc',
        nfixed: 'çà',
        minute: new Date('2024-03-01T10:20:00Z'),
      },
    });
  });

  it('answers a registered exact text and a matcher that reads the parameters', async () => {
    const { client } = await start({
      queries: [
        { sql: 'select count(*) as n from codes', result: { columns: [{ name: 'n', type: 'int' }], rows: [[2]] } },
        { match: ({ params }) => (params['id'] === undefined ? undefined : { columns: [{ name: 'id', type: 'int' }], rows: [[params['id'] as number]] }) },
      ],
    });
    const counted = await client.request().query('select  count(*) as n\n from codes;');
    const echoed = await client.request().input('id', sql.Int, 42).query('select @id as id');
    expect(counted.recordset).toEqual([{ n: 2 }]);
    expect(echoed.recordset).toEqual([{ id: 42 }]);
  });

  it('answers a registered error with its number and a throwing matcher with error 50000', async () => {
    const { client } = await start({
      queries: [
        { sql: 'select * from locked', result: { error: { number: 1205, message: 'Transaction was deadlocked.', class: 13 } } },
        { match: ({ sql: text }) => (text.includes('boom') ? (() => { throw new Error('matcher exploded'); })() : undefined) },
      ],
    });
    await expect(client.request().query('select * from locked')).rejects.toMatchObject({ number: 1205, class: 13 });
    await expect(client.request().query('select boom')).rejects.toMatchObject({ number: 50_000, message: expect.stringContaining('matcher exploded') });
  });

  it('answers error 2812 for a stored procedure other than sp_executesql', async () => {
    const { client } = await start({});
    await expect(client.request().execute('dbo.usp_missing')).rejects.toMatchObject({ number: 2812, message: "Could not find stored procedure 'dbo.usp_missing'." });
  });

  it('answers error 8016 for a parameter type it cannot decode, and 8009 for a transaction; the connection goes on', async () => {
    const { client } = await start({ tables: { codes } });
    const time = client.request().input('at', sql.Time, new Date('1970-01-01T10:00:00Z')).query('select x from codes');
    await expect(time).rejects.toMatchObject({ number: 8016, message: expect.stringContaining('unsupported parameter type 0x29') });
    await expect(new sql.Transaction(client).begin()).rejects.toMatchObject({ originalError: { number: 8009, message: expect.stringContaining('transactions') } });
    expect((await client.request().query('select x from codes')).recordset).toHaveLength(2);
  });

  it("answers a statement without FROM, like the pool's SELECT 1, with no result set", async () => {
    const { client, received } = await start({});
    const result = await client.request().batch('set nocount on');
    expect(result.recordset).toBeUndefined();
    expect(received('SELECT 1;')).not.toHaveLength(0);
  });
});
