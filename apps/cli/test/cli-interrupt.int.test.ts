import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Simulator } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

async function until(condition: () => boolean, timeoutMs = 100_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The writes a scope's report says it made, skipped or failed add up to what its plan had to write. */
function expectCountsAddUp(report: RunReport): void {
  for (const scope of report.scopes) {
    const { created, updated, deleted, failed, skipped } = scope.counts;
    const planned = (scope.plan?.creates ?? 0) + (scope.plan?.updates ?? 0) + (scope.plan?.deletes ?? 0);
    expect(created + updated + deleted + failed + skipped, scope.scope).toBe(planned);
  }
}

/** `sync` with two writes a minute, stopped by `signal` once the first create went out. */
async function interruptedSync(signal: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string; report: RunReport }> {
  const slow = { reads: 1000, writes: 2 };
  await ws.writeConfig({ ...defaultConfig(), n2f: { quotas: { day: slow, night: slow } } });
  const result = await runCli(['sync', '--scope', 'users', '--report', 'report.json'], {
    cwd: ws.dir,
    env: ws.env,
    onSpawn: (child) => {
      void until(() => sim.requests().some((r) => r.method === 'POST' && r.path.endsWith('/users'))).then(() => child.kill(signal));
    },
  });
  const report = JSON.parse(await readFile(join(ws.dir, 'report.json'), 'utf8')) as RunReport;
  return { ...result, report };
}

describe('Ctrl-C and SIGTERM', () => {
  it('stop after the call in flight, write the report, count what was not attempted and exit 130 (SIGINT)', async () => {
    const { code, stdout, stderr, report } = await interruptedSync('SIGINT');
    // One create only: a run that went on would have waited out the quota minute and created more.
    expect(stderr).toContain('SIGINT: stopping after the call in flight');
    expect(report.outcome).toBe('aborted');
    expect(report.result.kind).toBe('interrupted');
    expect(report.scopes[0]?.counts.created).toBe(1);
    expectCountsAddUp(report);
    const notAttempted = report.totals.skipped;
    expect(notAttempted).toBeGreaterThan(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`interrupted: 1 done, ${notAttempted} not attempted — run again to finish`);
    expect(code).toBe(130);
    expect(sim.state().users).toHaveLength(3);
  });

  it('exit 143 on SIGTERM; the rerun finishes with no duplicate write, and the run after makes none', async () => {
    const { code, report } = await interruptedSync('SIGTERM');
    expect(code).toBe(143);
    expect(report.result.kind).toBe('interrupted');
    await ws.writeConfig(defaultConfig());
    const before = sim.requests().length;
    const rerun = await ws.run(['sync', '--scope', 'users']);
    expect(rerun.code).toBe(0);
    const writes = sim.requests().slice(before).filter((r) => r.method !== 'GET' && r.path !== '/auth');
    // Only what the interrupted run did not attempt: nothing it wrote is written again.
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(report.totals.skipped);
    const settled = sim.requests().length;
    expect((await ws.run(['sync', '--scope', 'users'])).code).toBe(0);
    expect(sim.requests().slice(settled).filter((r) => r.method !== 'GET' && r.path !== '/auth')).toEqual([]);
  });
});
