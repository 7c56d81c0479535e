import { createFileSource } from '@n2f/agresso-source';
import { createN2fClient, N2F_REQUEST_CHANNEL, type N2fRequestEvent } from '@n2f/n2f-client';
import type { SimulatorState } from '@n2f/n2f-simulator';
import { generateScenario } from '@n2f/scenarios';
import { createSyncRun } from '@n2f/sync-core';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, Figure } from '../lib/harness.js';
import { spawnSimulator } from '../lib/simulator-process.js';

const credentials = { clientId: 'demo', clientSecret: 'demo-secret' };
/** Writes that land before N2F is killed. */
const WRITES_BEFORE_OUTAGE = 20;

/** What one run against a dying N2F showed. */
interface Outage {
  /** Seconds from the first refused connection to the end of the run. */
  readonly toExitS: number;
  /** Connection attempts refused, the first included. */
  readonly refused: number;
}

/** Records when the first connection was refused and how many were. */
function watchRefusals(): {
  readonly first: () => number | undefined;
  refused: () => number;
  stop(): void;
} {
  let first: number | undefined;
  let refused = 0;
  const listen = (message: unknown): void => {
    if ((message as N2fRequestEvent).errorCode !== 'NETWORK_ERROR') return;
    first ??= performance.now();
    refused += 1;
  };
  subscribe(N2F_REQUEST_CHANNEL, listen);
  return {
    first: () => first,
    refused: () => refused,
    stop: () => unsubscribe(N2F_REQUEST_CHANNEL, listen),
  };
}

/** A first run of 400 new users and 3×400 values; N2F (its own process) is killed after a few writes. */
async function killedMidRun(dir: string): Promise<Outage> {
  const scenario = generateScenario({
    seed: 15,
    users: 400,
    valuesPerAxe: 400,
    companies: 2,
    newRate: 1,
    changedRate: 0,
    removedRate: 0,
  });
  const files = { users: join(dir, 'users.json'), analytics: join(dir, 'analytics.json') };
  await writeFile(files.users, JSON.stringify(scenario.agresso.users));
  await writeFile(files.analytics, JSON.stringify(scenario.agresso.analytics));
  const sim = await spawnSimulator(scenario.n2f as unknown as SimulatorState);
  const refusals = watchRefusals();
  try {
    // Default settings: retry policy, timeout and breaker as the apps use them; quotas off.
    const client = createN2fClient({ baseUrl: sim.url, credentials, quota: false });
    const run = createSyncRun({ source: createFileSource(files), client });
    let written = 0;
    run.onOperationDone((e) => {
      if (e.outcome === 'done' && (written += 1) === WRITES_BEFORE_OUTAGE) void sim.stop();
    });
    await run.start();
    const first = refusals.first();
    if (first === undefined) throw new Error('N2F was killed but no connection was refused');
    return { toExitS: (performance.now() - first) / 1000, refused: refusals.refused() };
  } finally {
    refusals.stop();
    await sim.stop();
  }
}

async function run(): Promise<readonly Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'n2f-bench-outage-'));
  try {
    const outage = await killedMidRun(dir);
    return [
      {
        name: 'N2F killed mid-run: first refused connection to exit',
        value: outage.toExitS,
        unit: 's',
        target: { op: '<=', value: 60 },
      },
      { name: 'N2F killed mid-run: connections refused', value: outage.refused, unit: 'calls' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A run that loses N2F: how soon it gives up, with the default retry, timeout and breaker. */
export const bench: Bench = {
  name: 'n2f-outage',
  description:
    'N2F killed during a sync run: time from the first refused connection to the end of the run (issue 15)',
  run,
};
