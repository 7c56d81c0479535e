import type { Simulator } from '@n2f/n2f-simulator';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, setCell, writeUsers, type UsersTable } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const HIRE = 'nina.nieuw@iris-demo.example';
const BOSS = 'marc.chef@iris-demo.example';

// A copy of the first demo row with another e-mail and manager.
function withUser(table: UsersTable, mail: string, manager: string): UsersTable {
  const [template = []] = table.rows;
  const column = (name: string): number => table.header.indexOf(name);
  const row = template.map((cell, i) => (i === column('AdresseEmail') ? mail : i === column('Manager') ? manager : cell));
  return { header: table.header, rows: [...table.rows, row] };
}

describe('sync --only through the CLI', () => {
  it('syncs one new hire after its missing manager (two writes), prints each step and touches nothing else', async () => {
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    let table = withUser(withUser(await readDemoUsers(), BOSS, 'anne.martin@iris-demo.example'), HIRE, BOSS);
    table = setCell(table, 'luc.dubois@iris-demo.example', 'Fonction', 'Directeur administratif');
    const users = await writeUsers(ws.dir, table);
    await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users } });
    sim.clearRequests();

    const result = await ws.run(['sync', '--only', HIRE.toUpperCase()]);
    expect(result.code, result.stderr).toBe(0);
    const writes = sim.requests().filter((r) => r.method !== 'GET' && r.path !== '/auth');
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /users', 'POST /users']);
    const state = sim.state().users;
    expect(state.find((u) => u.mail === HIRE)?.managerMail).toBe(BOSS);
    expect(state.find((u) => u.mail === BOSS)?.managerMail).toBe('anne.martin@iris-demo.example');
    expect(state.find((u) => u.mail === 'luc.dubois@iris-demo.example')?.jobTitle).toBe('Directeur financier');
    expect(sim.requests().filter((r) => r.path.includes('/axes'))).toEqual([]);
    expect(result.stdout).toContain(`users ${HIRE}\n  1. Agresso row: found, valid\n  2. N2F record: none`);
    expect(result.stdout).toContain('N2F has no read of one record');
    expect(result.stdout).toMatch(new RegExp(`users ${BOSS.replace(/\./g, '\\.')} \\(its manager, missing from N2F: created first\\)`));
    expect(result.stdout).toMatch(/4\. action: create\n {2}5\. result: done/);
  }, 180_000);

  it('says why a row is invalid and refuses a key that is neither an e-mail nor COMPANY/CODE', async () => {
    const table = setCell(await readDemoUsers(), 'luc.dubois@iris-demo.example', 'Creation_Vehicule', 'peut-être');
    const users = await writeUsers(ws.dir, table);
    await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users } });
    const invalid = await ws.run(['sync', '--only', 'luc.dubois@iris-demo.example']);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/1\. Agresso row: found, invalid\n {5}✖ canCreateVehicle = "peut-être"/);
    expect(invalid.stdout).toMatch(/4\. action: none/);
    const bad = await ws.run(['sync', '--only', 'luc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('only: "luc" is neither an e-mail nor COMPANY/CODE');
  }, 120_000);
});
