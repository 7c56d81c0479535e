import { generateScenario } from '@n2f/scenarios';
import {
  platesScope,
  plan,
  projectsScope,
  subpostsScope,
  usersScope,
  type PlanOptions,
  type ScopePlan,
} from '@n2f/sync-core';
import { median } from './harness.js';
import { planInputs } from './plan-inputs.js';

/** What the child reports for each scope it planned. */
export interface ScopeTiming {
  readonly scope: string;
  readonly ms: number;
  readonly cpuMs: number;
  readonly counts: ScopePlan['counts'];
}

/** What one child process measured: its scopes and its peak resident memory (inputs included). */
export interface ChildReport {
  readonly scopes: readonly ScopeTiming[];
  readonly peakRssMb: number;
  /** Resident memory once the inputs were built, before the first plan. */
  readonly inputsRssMb: number;
}

const OPTIONS: PlanOptions = {
  actions: ['create', 'update', 'delete'],
  protected: ['*@n2f-demo.example'],
};

function timed(run: () => ScopePlan, runs: number): ScopeTiming {
  const walls: number[] = [];
  const cpus: number[] = [];
  let last: ScopePlan | undefined;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    last = run();
    walls.push(performance.now() - start);
    cpus.push(process.cpuUsage(cpu).user / 1000);
  }
  const result = last as ScopePlan;
  return { scope: result.scope, ms: median(walls), cpuMs: median(cpus), counts: result.counts };
}

/** Generates one part of a scenario (users, or the three axes) and plans its scopes. */
export function measurePart(
  size: number,
  part: 'users' | 'axes',
  runs: number,
): { scopes: ScopeTiming[]; inputsRssMb: number } {
  const inputs = planInputs(
    generateScenario({
      seed: 42,
      users: size,
      companies: 10,
      valuesPerAxe: size,
      managerDepth: 4,
      cycles: 5,
      changedRate: 0.05,
      invalidRate: 0.005,
      unknownManagers: 20,
      parts: [part],
    }),
  );
  const inputsRssMb = process.memoryUsage.rss() / 2 ** 20;
  if (part === 'users') {
    const users = () =>
      plan(usersScope(), inputs.userRows, inputs.users, inputs.references, OPTIONS);
    return { scopes: [timed(users, runs)], inputsRssMb };
  }
  const axes = [
    [projectsScope(), inputs.axeValues.projects],
    [platesScope(), inputs.axeValues.plaque],
    [subpostsScope(), inputs.axeValues.subpost],
  ] as const;
  const scopes = axes.map(([scope, values]) =>
    timed(() => plan(scope, inputs.analyticsRows, values, inputs.references, OPTIONS), runs),
  );
  return { scopes, inputsRssMb };
}

// Run as a child process (`node plan-child.js <size> <part> <runs>`): a fresh process, so its
// peak RSS is this part's alone, as when the orchestrator plans scopes one after the other.
if (process.send !== undefined && process.argv[2] !== undefined) {
  const part = process.argv[3] === 'axes' ? 'axes' : 'users';
  const runs = Number(process.argv[4] ?? 1);
  const { scopes, inputsRssMb } = measurePart(Number(process.argv[2]), part, runs);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const report: ChildReport = { scopes, inputsRssMb, peakRssMb };
  process.send(report);
}
