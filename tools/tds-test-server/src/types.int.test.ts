import sql from 'mssql';
import { describe, expect, it } from 'vitest';
import type { Cell, ColumnDef, FixtureTable } from './index.js';
import { useHarness } from '../test/harness.js';

/** One column per type, a row of values and the row of NULLs, and what mssql must read back. */
const cases: readonly { column: ColumnDef; value: Cell; expected: unknown }[] = [
  { column: { name: 'nv', type: 'nvarchar', length: 40 }, value: 'Zoë — 東京 🚆', expected: 'Zoë — 東京 🚆' },
  { column: { name: 'nvmax', type: 'nvarchar', length: 'max' }, value: 'é'.repeat(5000), expected: 'é'.repeat(5000) },
  { column: { name: 'v', type: 'varchar', length: 20 }, value: 'Crème brûlée', expected: 'Crème brûlée' },
  { column: { name: 'i', type: 'int' }, value: -2_147_483_648, expected: -2_147_483_648 },
  { column: { name: 'bi', type: 'bigint' }, value: 9_007_199_254_740_993n, expected: '9007199254740993' },
  { column: { name: 'b', type: 'bit' }, value: false, expected: false },
  { column: { name: 'd', type: 'decimal', precision: 28, scale: 3 }, value: '-12345.678', expected: -12345.678 },
  { column: { name: 'dt', type: 'date' }, value: '1999-12-31', expected: new Date('1999-12-31T00:00:00Z') },
  { column: { name: 'dtm', type: 'datetime' }, value: '2024-02-29T23:59:59.997', expected: new Date('2024-02-29T23:59:59.997Z') },
  { column: { name: 'dt2', type: 'datetime2', scale: 7 }, value: new Date('2024-06-30T12:34:56.789Z'), expected: new Date('2024-06-30T12:34:56.789Z') },
];

describe('column types through mssql', () => {
  const harness = useHarness();
  const serve = async (tables: Record<string, FixtureTable>): Promise<sql.ConnectionPool> =>
    harness.connect(await harness.server({ fixtures: { tables } }));

  it('reads every supported type and its NULL', async () => {
    const table = { columns: cases.map((c) => c.column), rows: [cases.map((c) => c.value), cases.map(() => null)] };
    const pool = await serve({ all_types: table });
    const result = await pool.request().query('select * from all_types');
    const names = cases.map((c) => c.column.name);
    expect(result.recordset[0]).toEqual(Object.fromEntries(cases.map((c) => [c.column.name, c.expected])));
    expect(result.recordset[1]).toEqual(Object.fromEntries(names.map((name) => [name, null])));
    expect(result.rowsAffected).toEqual([2]);
  });

  it('describes the columns with their SQL types, lengths, precision and nullability', async () => {
    const columns: ColumnDef[] = [
      { name: 'code', type: 'varchar', length: 12, nullable: false },
      { name: 'amount', type: 'decimal', precision: 18, scale: 2 },
    ];
    const pool = await serve({ t: { columns, rows: [] } });
    const { recordset } = await pool.request().query('select * from t');
    expect(recordset.columns['code']).toMatchObject({ type: sql.VarChar, length: 12, nullable: false });
    expect(recordset.columns['amount']).toMatchObject({ type: sql.Decimal, precision: 18, scale: 2, nullable: true });
  });

  it('answers a fixture error for a cell its column cannot hold', async () => {
    const table = { columns: [{ name: 'n', type: 'int' } as const], rows: [['not a number']] };
    const pool = await serve({ bad: table });
    await expect(pool.request().query('select n from bad')).rejects.toMatchObject({ number: 50_000, message: expect.stringContaining("column 'n' (int)") });
  });
});
