import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureFileError, loadFixtureFile, parseFixture } from './fixture-file.js';

const table = { columns: [{ name: 'id', type: 'int' }, { name: 'day', type: 'date' }], rows: [[1, '2024-01-31'], { id: 2, day: null }] };

describe('parseFixture', () => {
  it('accepts rows as arrays or objects, dates as ISO strings, and registered queries', () => {
    const fixture = parseFixture({ tables: { 'dbo.t': table }, queries: [{ sql: 'select 1', result: { error: { number: 1205, message: 'deadlock' } } }] });
    expect(fixture.tables?.['dbo.t']?.rows).toEqual(table.rows);
    expect(fixture.queries).toEqual([{ sql: 'select 1', result: { error: { number: 1205, message: 'deadlock' } } }]);
  });

  it.each([
    [{ tabels: {} }, 'fixture.tabels: unknown key'],
    [{ tables: { t: { columns: [{ name: 'x', type: 'text' }], rows: [] } } }, 'fixture.tables.t.columns[0].type: expected one of nvarchar'],
    [{ tables: { t: { columns: [{ name: 'x', type: 'nvarchar', length: 5000 }], rows: [] } } }, 'fixture.tables.t.columns: nvarchar length must be 1..4000'],
    [{ tables: { t: { ...table, rows: [[1]] } } }, 'fixture.tables.t.rows[0]: expected 2 cells or an object'],
    [{ tables: { t: { ...table, rows: [{ id: 1, dya: '2024-01-01' }] } } }, 'fixture.tables.t.rows[0].dya: unknown key'],
    [{ tables: { t: { ...table, rows: [[1, '31/01/2024']] } } }, "fixture.tables.t.rows[0]: column 'day' (date): not a date: 31/01/2024"],
    [{ tables: { t: { ...table, rows: [['one', null]] } } }, "fixture.tables.t.rows[0]: column 'id' (int)"],
    [{ queries: [{ sql: 'x', result: { error: { message: 'no number' } } }] }, 'fixture.queries[0].result.error: expected a number and a message'],
  ])('names the bad path in %j', (json, message) => {
    expect(() => parseFixture(json)).toThrow(FixtureFileError);
    expect(() => parseFixture(json)).toThrow(message);
  });
});

describe('loadFixtureFile', () => {
  it('reads and checks a JSON file, and reports a file that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tds-fixture-'));
    await writeFile(join(dir, 'ok.json'), JSON.stringify({ tables: { t: table } }));
    await writeFile(join(dir, 'broken.json'), '{ "tables": ');
    expect((await loadFixtureFile(join(dir, 'ok.json'))).tables?.['t']?.columns).toHaveLength(2);
    await expect(loadFixtureFile(join(dir, 'broken.json'))).rejects.toThrow(/broken\.json: not JSON/);
  });
});
