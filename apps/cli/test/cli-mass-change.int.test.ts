import type { Simulator } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, setCell, writeUsers, type UsersTable } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const MANAGER = 'Manager';

// A broken view: the manager column blanked on the first 30 users that have one.
function blankManagers(table: UsersTable, count: number): { table: UsersTable; blanked: string[] } {
  const column = table.header.indexOf(MANAGER);
  const blanked = table.rows.filter((row) => (row[column] ?? '') !== '').slice(0, count).map((row) => row[0] ?? '');
  const rows = table.rows.map((row) => (blanked.includes(row[0] ?? '') ? row.map((cell, i) => (i === column ? '' : cell)) : row));
  return { table: { header: table.header, rows }, blanked };
}

async function useUsers(table: UsersTable): Promise<void> {
  const users = await writeUsers(ws.dir, table);
  await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users } });
}

const managerOf = (mail: string): string | null | undefined => sim.state().users.find((u) => u.mail === mail)?.managerMail;

describe('the mass-change guard through the CLI', () => {
  it('holds 30 blanked managers (exit 3, none written) while another field goes through, and lets them through when allowed', async () => {
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    const { table, blanked } = blankManagers(await readDemoUsers(), 30);
    expect(blanked).toHaveLength(30);
    const retitled = blanked[0] ?? '';
    const before = managerOf(retitled);
    await useUsers(setCell(table, retitled, 'Fonction', 'Directeur par intérim'));

    const plan = await ws.run(['plan', '--scope', 'users']);
    expect(plan.code, plan.stderr).toBe(3);
    expect(plan.stdout).toMatch(/mass change held: users: 30 of 42 entities in N2F would change managerMail/);
    expect(plan.stdout).toContain('--allow-mass-change managerMail');
    expect(plan.stdout.match(/ e\.g\. /g)).toHaveLength(5);

    const held = await ws.run(['sync', '--scope', 'users', '--json']);
    expect(held.code, held.stderr).toBe(3);
    const report = JSON.parse(held.stdout) as RunReport;
    expect(report.scopes[0]?.massChange?.[0]).toMatchObject({ field: 'managerMail', numbers: { changes: 30, existing: 42 } });
    expect(report.scopes[0]?.counts).toMatchObject({ updated: 1, skipped: 29 });
    expect(blanked.every((mail) => managerOf(mail) !== null)).toBe(true);
    expect(managerOf(retitled)).toBe(before);
    expect(sim.state().users.find((u) => u.mail === retitled)?.jobTitle).toBe('Directeur par intérim');

    const allowed = await ws.run(['sync', '--scope', 'users', '--allow-mass-change', 'managerMail']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(blanked.every((mail) => managerOf(mail) === null)).toBe(true);
  }, 180_000);

  it('refuses a field no scope compares, with the key and the fix (exit 2)', async () => {
    const result = await ws.run(['plan', '--scope', 'users', '--allow-mass-change', 'manager']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('safety.massChange.allow[0]: "manager" is not a field any scope compares');
    expect(result.stderr).toMatch(/fix: name a field such as company or users\.company/);
  });
});
