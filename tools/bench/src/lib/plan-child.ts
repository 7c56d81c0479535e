import type { SourceRecord } from '@n2f/agresso-source';
import {
  platesScope,
  plan,
  projectsScope,
  subpostsScope,
  usersScope,
  type EntitySynchronizer,
  type PlanOptions,
} from '@n2f/sync-core/scope-kit';
import type { ScopePlan } from '@n2f/sync-core';
import { median } from './harness.js';
import {
  PLAN_SCOPES,
  readPlanInputs,
  type PlanScopeName,
  type ScopeInputs,
} from './plan-inputs.js';

/** What one plan process measured for its scope. */
export interface ScopeTiming {
  readonly scope: PlanScopeName;
  /** Median wall time of the plans. */
  readonly ms: number;
  /** Median CPU time (user + system) of the plans: less sensitive to other load than wall time. */
  readonly cpuMs: number;
  readonly counts: ScopePlan['counts'];
  /** Resident memory once the inputs were read, before the first plan. */
  readonly inputsRssMb: number;
  /** Peak resident memory of the process after its first plan: inputs plus one plan, as in a run. */
  readonly peakRssMb: number;
}

const OPTIONS: PlanOptions = {
  actions: ['create', 'update', 'delete'],
  protected: ['*@n2f-demo.example'],
};

type Planner = (inputs: ScopeInputs) => ScopePlan;

// The inputs were read from files written for this scope, so they have its row and record types.
const planner =
  <TRow, TTarget, P>(scope: EntitySynchronizer<TRow, TTarget, P>): Planner =>
  (inputs) =>
    plan(
      scope,
      inputs.rows as SourceRecord<TRow>[],
      inputs.target as TTarget[],
      inputs.references,
      OPTIONS,
    );

const PLANNERS: Readonly<Record<PlanScopeName, () => Planner>> = {
  users: () => planner(usersScope()),
  projects: () => planner(projectsScope()),
  plates: () => planner(platesScope()),
  subposts: () => planner(subpostsScope()),
};

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** Reads one scope's inputs from `dir` and plans it `runs` times. */
export async function measureScope(
  dir: string,
  scope: PlanScopeName,
  runs: number,
): Promise<ScopeTiming> {
  const inputs = await readPlanInputs(dir, scope);
  const inputsRssMb = process.memoryUsage.rss() / 2 ** 20;
  const planScope = PLANNERS[scope]();
  const walls: number[] = [];
  const cpus: number[] = [];
  let counts: ScopePlan['counts'] | undefined;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    counts = planScope(inputs).counts;
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
    if (i === 0) peak = peakRssMb();
  }
  if (counts === undefined) throw new RangeError('plan bench: runs must be at least 1');
  return { scope, ms: median(walls), cpuMs: median(cpus), counts, inputsRssMb, peakRssMb: peak };
}

// Run as a child process (`node plan-child.js <dir> <scope> <runs>`): a fresh process per scope,
// so its peak RSS is that scope's alone, as when a run plans its scopes one after the other.
const [dir, scope, runs] = process.argv.slice(2);
if (process.send !== undefined && dir !== undefined) {
  const name = PLAN_SCOPES.find((s) => s === scope) ?? 'users';
  process.send(await measureScope(dir, name, Number(runs ?? 1)));
}
