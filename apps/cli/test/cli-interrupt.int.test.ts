import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Simulator } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../src/exit-codes.js';
import { runCli } from './helpers/cli-process.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Ctrl-C', () => {
  it('stops after the call in flight and still writes the report', async () => {
    // Two writes a minute: the auth and one create go out, then the run waits on the quota.
    const slow = { reads: 1000, writes: 2 };
    await ws.writeConfig({ ...defaultConfig(), n2f: { quotas: { day: slow, night: slow } } });
    const started = Date.now();
    const result = await runCli(['sync', '--scope', 'users', '--report', 'report.json'], {
      cwd: ws.dir,
      env: ws.env,
      onSpawn: (child) => {
        void until(() => sim.requests().some((r) => r.method === 'POST' && r.path.endsWith('/users'))).then(() => child.kill('SIGINT'));
      },
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.stderr).toContain('SIGINT: stopping after the call in flight');
    const report = JSON.parse(await readFile(join(ws.dir, 'report.json'), 'utf8')) as RunReport;
    expect(report.outcome).toBe('aborted');
    expect(report.scopes[0]?.counts.created).toBe(1);
    expect(result.code).toBe(exitCodeOf(report.result));
    expect(sim.state().users).toHaveLength(3);
  });
});
