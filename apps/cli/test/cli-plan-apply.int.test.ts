import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Simulator } from '@n2f/n2f-simulator';
import type { RunReport, SavedPlan } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, setCell, writeUsers } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

async function useUsers(edit: (table: Awaited<ReturnType<typeof readDemoUsers>>) => Awaited<ReturnType<typeof readDemoUsers>>): Promise<void> {
  const users = await writeUsers(ws.dir, edit(await readDemoUsers()));
  await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users } });
}

describe('n2f-sync plan and apply', () => {
  it('plan prints changed fields before/after and the estimate, writes nothing, saves the plan', async () => {
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    await useUsers((t) => setCell(t, 'luc.dubois@iris-demo.example', 'Fonction', 'Directeur administratif'));
    const before = sim.state();
    const result = await ws.run(['plan', '--scope', 'users', '--out', 'plans/plan.json']);
    expect(result.code, result.stderr).toBe(0);
    expect(sim.state()).toEqual(before);
    expect(result.stdout).toContain('luc.dubois@iris-demo.example');
    expect(result.stdout).toMatch(/jobTitle.*Directeur financier.*Directeur administratif/);
    expect(result.stdout).toMatch(/day/);
    expect(result.stdout).toMatch(/night/);
    const saved = JSON.parse(await readFile(join(ws.dir, 'plans/plan.json'), 'utf8')) as SavedPlan;
    expect(saved).toMatchObject({ format: 'n2f-sync-plan', version: 1, sandbox: true, actions: ['create', 'update'] });
    expect(saved.scopes[0]?.updates.map((u) => u.key)).toEqual(['luc.dubois@iris-demo.example']);
  });

  it('apply writes exactly the plan and skips, reporting it, an entity that drifted since', async () => {
    const plan = await ws.run(['plan', '--scope', 'users', '--out', 'plan.json']);
    expect(plan.code, plan.stderr).toBe(0);
    const saved = JSON.parse(await readFile(join(ws.dir, 'plan.json'), 'utf8')) as SavedPlan;
    const planned = saved.scopes[0]?.creates.map((c) => c.key) ?? [];
    expect(planned).toHaveLength(40);
    const drifted = 'eva.dekker@iris-demo.example';
    const state = sim.state();
    const admin = state.users[0];
    if (admin === undefined) throw new Error('demo state has no users');
    sim.setState({ ...state, users: [...state.users, { ...admin, uuid: 'drifted-1', mail: drifted, firstname: 'Eva', lastname: 'Elsewhere' }] });
    const result = await ws.run(['apply', 'plan.json', '--json']);
    const report = JSON.parse(result.stdout) as RunReport;
    const users = report.scopes[0];
    expect(users?.counts).toMatchObject({ created: 39, skipped: 1 });
    expect(users?.failures).toEqual([expect.objectContaining({ key: drifted, outcome: 'skipped', message: expect.stringContaining('drifted') as string })]);
    expect(sim.state().users.find((u) => u.mail === drifted)?.lastname).toBe('Elsewhere');
    expect(sim.state().users).toHaveLength(2 + 40);
    // Skipped for drift is not "all good": exit 1.
    expect(report.result.shortfalls).toEqual(['skipped']);
    expect(result.code).toBe(1);
  });

  it('apply refuses, with exit 2, a file that is not a saved plan or a plan with no scope', async () => {
    await writeFile(join(ws.dir, 'bogus.json'), JSON.stringify({ hello: 'world' }));
    const bogus = await ws.run(['apply', 'bogus.json']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('PLAN: is not a saved plan');
    const missing = await ws.run(['apply', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('PLAN: cannot be read');
    const empty = { format: 'n2f-sync-plan', version: 1, createdAt: new Date().toISOString(), runId: 'r1', sandbox: true, actions: ['create'], scopes: [] };
    await writeFile(join(ws.dir, 'empty.json'), JSON.stringify(empty));
    const nothing = await ws.run(['apply', 'empty.json']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('PLAN: holds no scope');
  });
});
