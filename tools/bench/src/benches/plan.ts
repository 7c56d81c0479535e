import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, Figure } from '../lib/harness.js';
import type { ScopeTiming } from '../lib/plan-child.js';
import { PLAN_SCOPES, writePlanInputs, type PlanScopeName } from '../lib/plan-inputs.js';

const CHILD = fileURLToPath(new URL('../lib/plan-child.js', import.meta.url));

/** Plans one scope in a fresh process and returns what it measured. */
function measure(dir: string, scope: PlanScopeName, runs: number): Promise<ScopeTiming> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [dir, scope, String(runs)], { stdio: 'inherit' });
    let report: ScopeTiming | undefined;
    child.on('message', (message) => (report = message as ScopeTiming));
    child.on('error', reject);
    child.on('exit', (code) =>
      report && code === 0
        ? resolve(report)
        : reject(new Error(`plan bench child (${scope}) exited with ${code}`)),
    );
  });
}

// Inputs are written once per size; each scope then reads only its own, as a run loads them.
// Small sizes run more often, so their median is taken on optimised code as at 100k.
async function measureAll(size: number, runs: number): Promise<ScopeTiming[]> {
  const dir = await mkdtemp(join(tmpdir(), 'plan-bench-'));
  try {
    await writePlanInputs(dir, size);
    const timings: ScopeTiming[] = [];
    for (const scope of PLAN_SCOPES) timings.push(await measure(dir, scope, runs));
    return timings;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sum = (timings: readonly ScopeTiming[], pick: (t: ScopeTiming) => number): number =>
  timings.reduce((total, t) => total + pick(t), 0);

const fig = (name: string, value: number, unit: string, max?: number): Figure =>
  max === undefined
    ? { name, value, unit }
    : { name, value, unit, target: { op: '<=', value: max } };

type Counts = ScopeTiming['counts'];

const SIZES: readonly (readonly [string, (c: Counts) => number, string])[] = [
  ['creates', (c) => c.creates, 'entries'],
  ['updates', (c) => c.updates, 'entries'],
  ['deletes (+ protected)', (c) => c.deletes + c.protected, 'entries'],
  ['unchanged', (c) => c.unchanged, 'records'],
  ['invalid rows', (c) => c.invalid, 'rows'],
];

function sizes(large: readonly ScopeTiming[]): Figure[] {
  return SIZES.map(([label, pick, unit]) =>
    fig(
      `plan 100k: ${label}`,
      sum(large, (t) => pick(t.counts)),
      unit,
    ),
  );
}

/** Plan engine: 100,000 users and 100,000 values of each axe type, 5 % changed; 10k for linearity. */
export const bench: Bench = {
  name: 'plan',
  description:
    'plan() of users + projects + plates + subposts, 100k records each (5 % changed); 10k for growth',
  async run(): Promise<readonly Figure[]> {
    const small = await measureAll(10_000, 9);
    const large = await measureAll(100_000, 3);
    const ms = sum(large, (t) => t.ms);
    const cpu = sum(large, (t) => t.cpuMs);
    const peak = (timings: readonly ScopeTiming[]): number =>
      Math.max(...timings.map((t) => t.peakRssMb));
    return [
      fig(
        'plan 4 scopes × 10k (sum of medians)',
        sum(small, (t) => t.ms),
        'ms',
      ),
      fig('plan 4 scopes × 100k (sum of medians)', ms, 'ms', 2000),
      fig('plan 4 scopes × 100k, CPU time', cpu, 'ms'),
      ...large.flatMap((t) => [
        fig(`  ${t.scope} (100k): wall`, t.ms, 'ms'),
        fig(`  ${t.scope} (100k): CPU`, t.cpuMs, 'ms'),
      ]),
      fig('growth 100k / 10k, wall (10 = linear)', ms / sum(small, (t) => t.ms), '×', 13),
      fig('growth 100k / 10k, CPU', cpu / sum(small, (t) => t.cpuMs), '×'),
      fig('peak RSS, 100k, the largest scope planned once', peak(large), 'MB', 500),
      ...large.flatMap((t) => [
        fig(`  ${t.scope} (100k): peak`, t.peakRssMb, 'MB'),
        fig(`  ${t.scope} (100k): inputs alone`, t.inputsRssMb, 'MB'),
      ]),
      fig('peak RSS, 10k', peak(small), 'MB'),
      ...sizes(large),
    ];
  },
};
