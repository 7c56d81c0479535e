import type { SyncErrorJson } from '@n2f/resilience';
import type { GuardHold } from '../guard/delete-guard.js';
import type { MassChangeHold } from '../guard/mass-change-guard.js';
import type { ScopePlan } from '../model/plan-types.js';
import type { Outcome, RunReport, SyncAction } from '../report/report-types.js';
import type { SavedPlan } from './saved-plan.js';

/** A scope of a {@link RunPlan}: its plan with the guard's verdict, or why it could not be planned. */
export type PlannedScope =
  | {
      readonly scope: string;
      readonly status: 'planned';
      readonly plan: ScopePlan;
      /** The delete guard's verdict now; `applyPlan` asks the guard again. */
      readonly guard?: GuardHold;
      /** The mass-change guard's holds now, one per guarded field; `applyPlan` asks again. */
      readonly massChange?: readonly MassChangeHold[];
      readonly result: Outcome;
    }
  | {
      readonly scope: string;
      /** Its source or N2F records could not be read (or the caller stopped the run). */
      readonly status: 'failed';
      readonly error?: SyncErrorJson;
      readonly result: Outcome;
    };

/** What `planRun` returns: per scope its plan or its failure, and the report of what would be done. */
export interface RunPlan {
  readonly runId: string;
  readonly createdAt: string;
  readonly sandbox: boolean;
  readonly actions: readonly SyncAction[];
  readonly scopes: readonly PlannedScope[];
  /** `success`, or what would fall short (invalid rows, guards, scopes that failed). */
  readonly result: Outcome;
  /** The dry-run report: counts of what was written (nothing), each scope's plan numbers beside. */
  readonly report: RunReport;
}

/** The plan to save for `n2f-sync apply`: the planned scopes (a failed scope has nothing to apply). */
export function toSavedPlan(plan: RunPlan): SavedPlan {
  return {
    format: 'n2f-sync-plan',
    version: 1,
    createdAt: plan.createdAt,
    runId: plan.runId,
    sandbox: plan.sandbox,
    actions: plan.actions,
    scopes: plan.scopes.flatMap((scope) => (scope.status === 'planned' ? [scope.plan] : [])),
  };
}

/** Whether a plan given to `applyPlan` was read from a file. */
export function isSavedPlan(plan: RunPlan | SavedPlan): plan is SavedPlan {
  return 'format' in plan;
}
