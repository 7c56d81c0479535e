import type { Simulator } from '@n2f/n2f-simulator';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, setCell, writeUsers } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const ANNE = 'anne.martin@iris-demo.example';
const LUC = 'luc.dubois@iris-demo.example';
const cultureOf = (mail: string): unknown => sim.state().users.find((u) => u.mail === mail)?.culture;

describe('create-only fields through the CLI', () => {
  it('are sent on create, then left alone when N2F and Agresso differ', async () => {
    const files = defaultConfig();
    await ws.writeConfig({ ...files, mapping: { createOnly: ['culture'] } });
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    expect(cultureOf(ANNE)).toBe('fr');

    // The employee switched to Dutch in N2F; Agresso changed another user's language.
    const state = sim.state();
    sim.setState({ ...state, users: state.users.map((u) => (u.mail === ANNE ? { ...u, culture: 'nl' } : u)) });
    const users = await writeUsers(ws.dir, setCell(await readDemoUsers(), LUC, 'langue', 'nl'));
    await ws.writeConfig({ ...files, agresso: { ...(files['agresso'] as object), users }, mapping: { createOnly: ['culture'] } });
    sim.clearRequests();

    const plan = await ws.run(['plan', '--scope', 'users']);
    expect(plan.stdout).toContain('create-only: culture (sent on create, never overwritten)');
    expect(plan.stdout).toMatch(/users: 0 to create, 0 to update/);
    const sync = await ws.run(['sync', '--scope', 'users']);
    expect(sync.code, sync.stderr).toBe(0);
    expect(sim.requests().filter((r) => r.method !== 'GET' && r.path !== '/auth')).toEqual([]);
    expect(cultureOf(ANNE)).toBe('nl');
    expect(cultureOf(LUC)).toBe('fr');
  }, 180_000);
});
