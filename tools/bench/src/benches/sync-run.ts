import { createFileSource } from '@n2f/agresso-source';
import { createN2fClient } from '@n2f/n2f-client';
import { startSimulator, type SimulatorState } from '@n2f/n2f-simulator';
import { generateScenario, type Scenario } from '@n2f/scenarios';
import { createSyncRun, type RunReport } from '@n2f/sync-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPeakMemory, type Bench, type Figure } from '../lib/harness.js';

const credentials = { clientId: 'demo', clientSecret: 'demo-secret' };

/** A first run on an account that holds none of the source: every record is new. */
function firstRunScenario(users: number, valuesPerAxe: number): Scenario {
  return generateScenario({
    seed: 11,
    users,
    valuesPerAxe,
    companies: 2,
    managerDepth: 4,
    newRate: 1,
    changedRate: 0,
    removedRate: 0,
  });
}

async function sourceFiles(
  dir: string,
  scenario: Scenario,
): Promise<{ users: string; analytics: string }> {
  const files = { users: join(dir, 'users.json'), analytics: join(dir, 'analytics.json') };
  await writeFile(files.users, JSON.stringify(scenario.agresso.users));
  await writeFile(files.analytics, JSON.stringify(scenario.agresso.analytics));
  return files;
}

/** Full first run then a second run, quotas off: wall time, calls, peak memory, writes left. */
async function fullRun(dir: string): Promise<Figure[]> {
  const scenario = firstRunScenario(2_000, 2_000);
  const files = await sourceFiles(dir, scenario);
  const sim = await startSimulator({
    quota: false,
    state: scenario.n2f as unknown as SimulatorState,
  });
  try {
    const run = (): Promise<RunReport> =>
      createSyncRun({
        source: createFileSource(files),
        client: createN2fClient({ baseUrl: sim.url, credentials, quota: false }),
      }).start();
    const t0 = performance.now();
    const { result: first, peakRssMb } = await withPeakMemory(run);
    const wallS = (performance.now() - t0) / 1000;
    sim.clearRequests();
    await run();
    const secondWrites = sim
      .requests()
      .filter((r) => r.method !== 'GET' && r.path !== '/auth').length;
    return [
      { name: 'first run 2,000 users + 3×2,000 values: wall time', value: wallS, unit: 's' },
      { name: 'first run: writes', value: first.apiCalls.write, unit: 'calls' },
      { name: 'first run: reads', value: first.apiCalls.read, unit: 'calls' },
      {
        name: 'first run: failed entities',
        value: first.totals.failed,
        unit: '',
        target: { op: '<=', value: 0 },
      },
      { name: 'first run: peak RSS (simulator in-process)', value: peakRssMb, unit: 'MB' },
      {
        name: 'second run: writes',
        value: secondWrites,
        unit: 'calls',
        target: { op: '<=', value: 0 },
      },
    ];
  } finally {
    await sim.close();
  }
}

/**
 * Share of the allowed writes used during apply, at a scaled rate: the simulator and the client
 * both count a 50-write budget over a 2 s rolling window. The apply time is cut into consecutive
 * 2 s windows from the plan; each complete window should carry the whole budget.
 */
async function quotaUtilisation(dir: string): Promise<Figure[]> {
  const scenario = firstRunScenario(400, 0);
  const files = await sourceFiles(dir, scenario);
  const budget = { reads: 1_000, writes: 50 };
  const windowMs = 2_000;
  const sim = await startSimulator({
    quota: budget,
    clock: { speed: 60_000 / windowMs },
    state: scenario.n2f as unknown as SimulatorState,
  });
  try {
    const client = createN2fClient({
      baseUrl: sim.url,
      credentials,
      quota: { day: budget, night: budget, windowMs },
    });
    const run = createSyncRun({ source: createFileSource(files), client, scopes: ['users'] });
    let applyStart = 0;
    const writesAt: number[] = [];
    run.onPlanReady(() => void (applyStart = performance.now()));
    run.onOperationDone((e) => void (e.outcome === 'done' && writesAt.push(performance.now())));
    const report = await run.start();
    const last = writesAt.at(-1) ?? applyStart;
    const windows = Math.floor((last - applyStart) / windowMs);
    const inWindows = writesAt.filter((t) => t < applyStart + windows * windowMs).length;
    const tooMany = sim.requests().filter((r) => r.status === 429).length;
    return [
      {
        name: 'scaled quota (50 writes / 2 s): writes applied',
        value: writesAt.length,
        unit: 'calls',
      },
      {
        name: `scaled quota: writes per complete window (${windows})`,
        value: (inWindows / (windows * budget.writes)) * 100,
        unit: '%',
        target: { op: '>=', value: 95 },
      },
      {
        name: 'scaled quota: 429 received',
        value: tooMany,
        unit: '',
        target: { op: '<=', value: 0 },
      },
      {
        name: 'scaled quota: failed entities',
        value: report.totals.failed,
        unit: '',
        target: { op: '<=', value: 0 },
      },
    ];
  } finally {
    await sim.close();
  }
}

async function run(): Promise<readonly Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'n2f-bench-run-'));
  try {
    return [...(await fullRun(dir)), ...(await quotaUtilisation(dir))];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A whole sync run against the simulator: first run cost, convergence and quota use. */
export const bench: Bench = {
  name: 'sync-run',
  description: 'createSyncRun end to end against the simulator (issue 9 targets)',
  run,
};
