import type { ScopePlan } from '../model/plan-types.js';
import { evaluateDeleteGuard, type GuardHold } from './delete-guard.js';
import { evaluateMassChangeGuard, type MassChangeHold } from './mass-change-guard.js';
import type { MassChangeLimits } from './mass-change-options.js';
import type { MaxDeletes } from './max-deletes.js';
import type { RunStateStore } from './run-state-store.js';

/** The safety settings a scope's guard reads, as the run context holds them. */
export interface GuardSettings {
  readonly maxDeletes: (scope: string) => MaxDeletes;
  readonly minSourceRatio: number;
  readonly stateStore: RunStateStore | undefined;
}

/** The delete guard's verdict on a scope's plan, against the last successful run of the scope. */
export async function guardPlan(
  settings: GuardSettings,
  plan: ScopePlan,
): Promise<GuardHold | undefined> {
  const last = await settings.stateStore?.lastSuccess(plan.scope);
  return evaluateDeleteGuard({
    scope: plan.scope,
    deletes: plan.counts.deletes,
    targetCount: plan.counts.target,
    sourceRows: sourceRowsOf(plan),
    lastSourceRows: last?.sourceRows,
    maxDeletes: settings.maxDeletes(plan.scope),
    minSourceRatio: settings.minSourceRatio,
  });
}

/** The mass-change guard's verdict on a scope's updates: one hold per guarded field changing too often. */
export function guardMassChange(
  settings: { readonly massChange: MassChangeLimits },
  plan: ScopePlan,
): MassChangeHold[] {
  return evaluateMassChangeGuard({
    scope: plan.scope,
    updates: plan.updates,
    existing: plan.counts.target,
    limits: settings.massChange(plan.scope),
  });
}

/** Remembers a scope's source size after a successful apply (an empty source is never remembered). */
export async function rememberSuccess(
  settings: GuardSettings & { readonly runId: string; readonly now: () => Date },
  plan: ScopePlan,
): Promise<void> {
  const sourceRows = sourceRowsOf(plan);
  if (sourceRows === 0) return;
  await settings.stateStore?.recordSuccess(plan.scope, {
    sourceRows,
    finishedAt: settings.now().toISOString(),
    runId: settings.runId,
  });
}

function sourceRowsOf(plan: ScopePlan): number {
  return plan.counts.source + plan.counts.invalid;
}
