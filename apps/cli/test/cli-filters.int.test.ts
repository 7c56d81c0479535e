import type { Simulator } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, setCell, writeUsers } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const TRAINEES = ['eva.dekker@iris-demo.example', 'maxime.gerard@iris-demo.example'];

async function configWith(extra: Record<string, unknown>): Promise<void> {
  let table = await readDemoUsers();
  for (const mail of TRAINEES) table = setCell(table, mail, 'Fonction', 'Stagiaire');
  const users = await writeUsers(ws.dir, table);
  await ws.writeConfig({ ...defaultConfig(), agresso: { ...(defaultConfig()['agresso'] as object), users }, ...extra });
}

const mails = (): string[] => sim.state().users.map((u) => u.mail);

describe('scoping filters through the CLI', () => {
  it('leave rows out and count them, keep their N2F entities even with --delete, and delete them only when the scope says so', async () => {
    await configWith({});
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    expect(mails()).toEqual(expect.arrayContaining(TRAINEES));
    const exclude = { users: { exclude: [{ column: 'Fonction', equals: 'stagiaire' }] } };
    await configWith({ filters: exclude });

    const plan = await ws.run(['plan', '--scope', 'users', '--delete']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('2 out of scope');
    expect(plan.stdout).toContain('filter: exclude Fonction = stagiaire; N2F entities of out-of-scope rows kept');

    const kept = await ws.run(['sync', '--scope', 'users', '--create', '--update', '--delete', '--json']);
    expect(kept.code, kept.stderr).toBe(0);
    const report = JSON.parse(kept.stdout) as RunReport;
    expect(report.scopes[0]?.plan).toMatchObject({ outOfScope: 2, deletes: 0 });
    expect(report.scopes[0]?.controls).toEqual({ filter: 'exclude Fonction = stagiaire', outOfScope: 'keep' });
    expect(mails()).toEqual(expect.arrayContaining(TRAINEES));

    await configWith({ filters: { users: { ...exclude.users, outOfScope: 'delete' } } });
    const deleted = await ws.run(['sync', '--scope', 'users', '--delete', '--max-deletes', '2']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(mails().filter((m) => TRAINEES.includes(m))).toEqual([]);
  }, 180_000);

  it('refuses a rule on a column the view does not have, naming it (exit 2)', async () => {
    await configWith({ filters: { users: { exclude: [{ column: 'Function', equals: 'Stagiaire' }] } } });
    const result = await ws.run(['plan', '--scope', 'users']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('filters.users.exclude[0].column: "Function" is not a column of the view');
  }, 60_000);
});
