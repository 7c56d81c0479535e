import { startTdsServer, type ColumnDef, type Row, type TdsServer } from '@n2f/tds-test-server';
import type { Simulator } from '@n2f/n2f-simulator';
import type { InvalidRecord, RunReport } from '@n2f/sync-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readDemoUsers } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});
let server: TdsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LOGIN = { user: 'n2f_reader', password: 'Sql-Pa55-word' };
/** Columns whose SQL type is not what the view promises (a currency as int, an employee number as datetime). */
const ODD_TYPES: Readonly<Record<string, ColumnDef['type']>> = { Devise: 'int', Matricule: 'datetime' };

/** The demo users as a SQL table with odd column types; rows 1–3 carry the bad values, the rest NULL there. */
async function usersTable(): Promise<{ columns: ColumnDef[]; rows: Row[] }> {
  const demo = await readDemoUsers();
  const columns = demo.header.map((name): ColumnDef => ({ name, type: ODD_TYPES[name] ?? 'nvarchar' }));
  const rows = demo.rows.map((cells, i) =>
    demo.header.map((name, c) => {
      if (name === 'Devise') return i === 0 ? 978 : null;
      if (name === 'Matricule') return i === 1 ? new Date('2020-01-15T00:00:00Z') : null;
      if (name === 'langue' && i === 2) return 'xx';
      const cell = cells[c] ?? '';
      return cell === '' ? null : cell;
    }),
  );
  return { columns, rows };
}

const ANALYTICS_COLUMNS: ColumnDef[] = [
  ...['typ', 'client', 'code', 'description', 'status'].map((name): ColumnDef => ({ name, type: 'nvarchar' })),
  { name: 'date_from', type: 'int' },
  { name: 'date_to', type: 'date' },
];
const OPEN = new Date('2099-12-31T00:00:00Z');
const ANALYTICS_ROWS: Row[] = [
  ['PROJECT', 'BE10', 'P7001', 'Projet SQL', 'N', null, OPEN], // 1
  ['PROJECT', 'BE10', 'P7002', 'Date en entier', 'N', 20_240_101, OPEN], // 2: an int in a date column
  [null, 'BE10', 'N1', 'Sans typ', 'N', null, OPEN], // 3
  ['FOO', 'NL20', 'F1', 'Inconnu', 'N', null, OPEN], // 4
  [null, 'NL20', 'N2', 'Sans typ', 'N', null, OPEN], // 5
];

const invalidOf = (report: RunReport, scope: string): readonly InvalidRecord[] => report.scopes.find((s) => s.scope === scope)?.invalid ?? [];

describe('bad input through the built CLI (SQL Server, the TDS test server)', () => {
  it('names wrong column types and unknown values by row, column, value and fix; writes the other rows; NULL typ ignored', { timeout: 180_000 }, async () => {
    server = await startTdsServer({
      users: { [LOGIN.user]: LOGIN.password },
      fixtures: { tables: { 'dbo.iris_N2F_User': await usersTable(), 'dbo.iris_N2F_Analytics': { columns: ANALYTICS_COLUMNS, rows: ANALYTICS_ROWS } } },
    });
    await ws.writeConfig({ ...defaultConfig(), agresso: { type: 'mssql', server: '127.0.0.1', port: server.port, database: 'AgrTest', encrypt: false } });
    const result = await ws.run(['sync', '--json', '--scope', 'users,projects'], { AGRESSO_DB_USER: LOGIN.user, AGRESSO_DB_PASSWORD: LOGIN.password });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as RunReport;
    expect(invalidOf(report, 'users')).toEqual([
      expect.objectContaining({ rowNumber: 1, column: 'Devise', value: '978', problem: 'is not an ISO 4217 currency code', fix: expect.stringContaining('not the numeric code') }),
      expect.objectContaining({ rowNumber: 2, column: 'Matricule', value: '2020-01-15T00:00:00.000Z', problem: 'expected text or NULL, got a date', fix: expect.stringMatching(/^return Matricule as text \(nvarchar\)/) }),
      expect.objectContaining({ rowNumber: 3, column: 'langue', value: 'xx', problem: 'is not a culture of the N2F account' }),
    ]);
    expect(invalidOf(report, 'projects')).toEqual([
      expect.objectContaining({ rowNumber: 2, column: 'date_from', value: 20_240_101, problem: 'expected a valid date, a date string or NULL, got a number', fix: expect.stringMatching(/^return date_from as date or datetime/) }),
    ]);
    expect(report.ignored).toEqual([{ view: 'analytics', value: 'typ NULL', rows: 2 }, { view: 'analytics', value: "typ 'FOO'", rows: 1 }]);
    const state = sim.state();
    // 40 demo users, 3 invalid (a manager among them may leave its reports without one): 37 written.
    expect(state.users).toHaveLength(2 + 37);
    expect(state.axeValues.map((value) => value.code)).toEqual(['P7001']);
    expect(JSON.stringify(state)).not.toContain('\uFFFD');
  });
});
