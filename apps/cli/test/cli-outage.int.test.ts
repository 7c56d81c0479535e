import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import { createWorkspace, startTestSimulator, type Workspace } from './helpers/workspace.js';

let sim: Simulator | undefined;
let ws: Workspace | undefined;
afterEach(async () => {
  await ws?.dispose();
  await sim?.close();
  sim = ws = undefined;
});

async function until(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('N2F killed mid-run', () => {
  it('exits 4 "N2F unreachable since" well within 60 s; once N2F is back a rerun converges and the run after writes nothing', async () => {
    const down = await startTestSimulator();
    down.setFaults({ latencyMs: 50 });
    ws = await createWorkspace(down);
    const workspace = ws;
    const port = Number(new URL(down.origin).port);
    let killedAt = 0;
    const result = await runCli(['sync', '--scope', 'users', '--report', 'report.json'], {
      cwd: workspace.dir,
      env: workspace.env,
      onSpawn: () => {
        void until(() => down.requests().some((r) => r.method === 'POST' && r.path.endsWith('/users'))).then(async () => {
          killedAt = Date.now();
          await down.close();
        });
      },
    });
    expect(killedAt, result.stdout + result.stderr).toBeGreaterThan(0);
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    expect(result.code, result.stderr).toBe(4);
    const report = JSON.parse(await readFile(join(workspace.dir, 'report.json'), 'utf8')) as RunReport;
    const users = report.scopes[0];
    expect(users?.error?.code).toBe('CIRCUIT_OPEN');
    expect(users?.counts.skipped).toBeGreaterThan(0);
    const { created = 0, updated = 0, deleted = 0, failed = 0, skipped = 0 } = users?.counts ?? {};
    expect(created + updated + deleted + failed + skipped).toBe((users?.plan?.creates ?? 0) + (users?.plan?.updates ?? 0) + (users?.plan?.deletes ?? 0));
    expect(result.stdout).toMatch(/✖ could not run: N2F unreachable since \d\d:\d\d:\d\d .*Fix: /);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Result: a scope could not run (see above)');

    sim = await startSimulator({ quota: false, port, state: down.state() });
    const rerun = await workspace.run(['sync', '--scope', 'users']);
    expect(rerun.code, rerun.stderr).toBe(0);
    sim.clearRequests();
    expect((await workspace.run(['sync', '--scope', 'users'])).code).toBe(0);
    expect(sim.requests().filter((r) => r.method !== 'GET' && r.path !== '/auth')).toEqual([]);
  }, 180_000);
});
