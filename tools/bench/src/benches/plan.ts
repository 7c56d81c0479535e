import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Bench, Figure } from '../lib/harness.js';
import type { ChildReport, ScopeTiming } from '../lib/plan-child.js';

const CHILD = fileURLToPath(new URL('../lib/plan-child.js', import.meta.url));

/** Runs one part in a fresh process and returns what it measured. */
function measure(size: number, part: 'users' | 'axes', runs: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [String(size), part, String(runs)], { stdio: 'inherit' });
    let report: ChildReport | undefined;
    child.on('message', (message) => (report = message as ChildReport));
    child.on('error', reject);
    child.on('exit', (code) =>
      report && code === 0
        ? resolve(report)
        : reject(new Error(`plan bench child (${part}) exited with ${code}`)),
    );
  });
}

interface Measured {
  readonly scopes: readonly ScopeTiming[];
  readonly peakRssMb: number;
  readonly users: ChildReport;
  readonly axes: ChildReport;
}

// Small sizes run more often, so their median is taken on optimised code as at 100k. One run
// per scope measures memory as a sync run uses it (each scope planned once).
async function measureAll(size: number, runs: number): Promise<Measured> {
  const users = await measure(size, 'users', runs);
  const axes = await measure(size, 'axes', runs);
  const scopes = [...users.scopes, ...axes.scopes];
  return { scopes, peakRssMb: Math.max(users.peakRssMb, axes.peakRssMb), users, axes };
}

const sum = (scopes: readonly ScopeTiming[], pick: (t: ScopeTiming) => number): number =>
  scopes.reduce((total, t) => total + pick(t), 0);

/** Plan engine: 100,000 users and 100,000 values of each axe type, 5 % changed; 10k for linearity. */
export const bench: Bench = {
  name: 'plan',
  description:
    'plan() of users + projects + plates + subposts, 100k records each (5 % changed); 10k for growth',
  async run(): Promise<readonly Figure[]> {
    const small = await measureAll(10_000, 9);
    const large = await measureAll(100_000, 3);
    const once = await measureAll(100_000, 1);
    const ms = sum(large.scopes, (t) => t.ms);
    const cpu = sum(large.scopes, (t) => t.cpuMs);
    const fig = (name: string, value: number, unit: string, max?: number): Figure =>
      max === undefined
        ? { name, value, unit }
        : { name, value, unit, target: { op: '<=', value: max } };
    const count = (pick: (c: ScopeTiming['counts']) => number): number =>
      sum(large.scopes, (t) => pick(t.counts));
    return [
      fig(
        'plan 4 scopes × 10k (sum of medians)',
        sum(small.scopes, (t) => t.ms),
        'ms',
      ),
      fig('plan 4 scopes × 100k (sum of medians)', ms, 'ms', 2000),
      fig(
        'plan 4 scopes × 100k, CPU time',
        sum(large.scopes, (t) => t.cpuMs),
        'ms',
      ),
      ...large.scopes.map((t) => fig(`  ${t.scope} (100k)`, t.ms, 'ms')),
      fig('growth 100k / 10k, wall (10 = linear)', ms / sum(small.scopes, (t) => t.ms), '×', 13),
      fig('growth 100k / 10k, CPU', cpu / sum(small.scopes, (t) => t.cpuMs), '×'),
      fig('peak RSS, 100k, each scope planned once', once.peakRssMb, 'MB', 500),
      fig('  users process: peak', once.users.peakRssMb, 'MB'),
      fig('  users process: inputs alone (100k rows, 100k users)', once.users.inputsRssMb, 'MB'),
      fig('  axes process: peak', once.axes.peakRssMb, 'MB'),
      fig('  axes process: inputs alone (300k rows, 300k values)', once.axes.inputsRssMb, 'MB'),
      fig('peak RSS, 100k, 3 plans per scope', large.peakRssMb, 'MB'),
      fig('peak RSS, 10k', small.peakRssMb, 'MB'),
      fig(
        'plan 100k: creates',
        count((c) => c.creates),
        'entries',
      ),
      fig(
        'plan 100k: updates',
        count((c) => c.updates),
        'entries',
      ),
      fig(
        'plan 100k: deletes (+ protected)',
        count((c) => c.deletes + c.protected),
        'entries',
      ),
      fig(
        'plan 100k: unchanged',
        count((c) => c.unchanged),
        'records',
      ),
      fig(
        'plan 100k: invalid rows',
        count((c) => c.invalid),
        'rows',
      ),
    ];
  },
};
