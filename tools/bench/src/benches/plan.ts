import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Bench, Figure } from '../lib/harness.js';
import type { ChildReport, ScopeTiming } from '../lib/plan-child.js';

const CHILD = fileURLToPath(new URL('../lib/plan-child.js', import.meta.url));

/** Runs one part in a fresh process and returns what it measured. */
function measure(size: number, part: 'users' | 'axes'): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [String(size), part], { stdio: 'inherit' });
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

async function measureAll(size: number): Promise<Measured> {
  const users = await measure(size, 'users');
  const axes = await measure(size, 'axes');
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
    const small = await measureAll(10_000);
    const large = await measureAll(100_000);
    const ms = sum(large.scopes, (t) => t.ms);
    return [
      {
        name: 'plan 4 scopes × 10k (sum of medians)',
        value: sum(small.scopes, (t) => t.ms),
        unit: 'ms',
      },
      {
        name: 'plan 4 scopes × 100k (sum of medians)',
        value: ms,
        unit: 'ms',
        target: { op: '<=', value: 2000 },
      },
      {
        name: 'plan 4 scopes × 100k, CPU time',
        value: sum(large.scopes, (t) => t.cpuMs),
        unit: 'ms',
      },
      ...large.scopes.map((t) => ({ name: `  ${t.scope} (100k)`, value: t.ms, unit: 'ms' })),
      {
        name: 'growth 100k / 10k (10 = linear)',
        value: ms / sum(small.scopes, (t) => t.ms),
        unit: '×',
        target: { op: '<=', value: 13 },
      },
      {
        name: 'peak RSS, 100k (a process: inputs + plans)',
        value: large.peakRssMb,
        unit: 'MB',
        target: { op: '<=', value: 500 },
      },
      { name: '  users process: peak', value: large.users.peakRssMb, unit: 'MB' },
      {
        name: '  users process: inputs alone (100k rows, 100k users)',
        value: large.users.inputsRssMb,
        unit: 'MB',
      },
      { name: '  axes process: peak', value: large.axes.peakRssMb, unit: 'MB' },
      {
        name: '  axes process: inputs alone (300k rows, 300k values)',
        value: large.axes.inputsRssMb,
        unit: 'MB',
      },
      { name: 'peak RSS, 10k', value: small.peakRssMb, unit: 'MB' },
      {
        name: 'plan 100k: creates',
        value: sum(large.scopes, (t) => t.counts.creates),
        unit: 'entries',
      },
      {
        name: 'plan 100k: updates',
        value: sum(large.scopes, (t) => t.counts.updates),
        unit: 'entries',
      },
      {
        name: 'plan 100k: deletes (+ protected)',
        value: sum(large.scopes, (t) => t.counts.deletes + t.counts.protected),
        unit: 'entries',
      },
      {
        name: 'plan 100k: unchanged',
        value: sum(large.scopes, (t) => t.counts.unchanged),
        unit: 'records',
      },
      {
        name: 'plan 100k: invalid rows',
        value: sum(large.scopes, (t) => t.counts.invalid),
        unit: 'rows',
      },
    ];
  },
};
