import { isSyncError, SyncError } from '@n2f/resilience';
import type { ApplyResult } from '../apply/apply-entries.js';
import type { GuardHold } from '../guard/delete-guard.js';
import type { MassChangeHold } from '../guard/mass-change-guard.js';
import type { OnlyPick } from '../only/only-pick.js';
import { onlySteps } from '../only/only-steps.js';
import type { ScopePlan } from '../model/plan-types.js';
import { emptyCounts, scopeOutcome } from './outcome.js';
import type { ApiCallCounts, ScopeReport } from './report-types.js';

/** What a scope's report is made of once its plan went through the guard and the writes. */
export interface ScopeReportInput {
  readonly plan: ScopePlan;
  readonly guard: GuardHold | undefined;
  readonly massChange: readonly MassChangeHold[];
  readonly applied: ApplyResult;
  /** Deletes the guard kept from being sent (counted as skipped). */
  readonly heldDeletes: number;
  /** What `--only` picked, when the run was limited to some entities. */
  readonly only?: OnlyPick | undefined;
  /** Whether nothing was sent (the plan is only shown). */
  readonly dryRun: boolean;
  /** Updates the mass-change guard kept from being sent, every field they changed being held (skipped). */
  readonly heldUpdates: number;
  readonly durationMs: number;
  readonly apiCalls: ApiCallCounts;
}

/** The report of a planned scope: what was written, with the plan's numbers beside. */
export function scopeReport(input: ScopeReportInput): ScopeReport {
  const { plan, guard, massChange, applied } = input;
  const held = guard !== undefined || massChange.length > 0;
  const failed = applied.failures.filter((f) => f.outcome !== 'skipped').length;
  const counts = {
    ...emptyCounts(),
    created: applied.created,
    updated: applied.updated,
    deleted: applied.deleted,
    unchanged: plan.counts.unchanged,
    invalid: plan.counts.invalid,
    failed,
    skipped: applied.skipped + input.heldDeletes + input.heldUpdates,
  };
  const unreachable = applied.unreachable;
  return {
    scope: plan.scope,
    status: statusOf(
      applied,
      applied.failures.length > 0 || counts.invalid > 0 || held,
    ),
    result: scopeOutcome({
      interrupted: applied.aborted,
      failed: unreachable !== undefined,
      guardHeld: held,
      failures: failed,
      skipped: applied.failures.length - failed,
      invalid: counts.invalid,
    }),
    counts,
    durationMs: input.durationMs,
    plan: {
      creates: plan.counts.creates,
      updates: plan.counts.updates,
      deletes: plan.counts.deletes,
      outOfScope: plan.counts.outOfScope,
      estimate: plan.estimate,
    },
    controls: plan.controls,
    warnings: [...plan.warnings, ...applied.warnings],
    invalid: plan.invalid,
    failures: applied.failures,
    ...(guard ? { guard } : {}),
    ...(massChange.length > 0 ? { massChange } : {}),
    ...(input.only
      ? {
          only: onlySteps({
            ...input.only,
            plan,
            failures: applied.failures,
            dryRun: input.dryRun,
          }),
        }
      : {}),
    ...(unreachable ? { error: unreachable.toJSON() } : {}),
    apiCalls: input.apiCalls,
  };
}

function statusOf(applied: ApplyResult, shortOfClean: boolean): ScopeReport['status'] {
  if (applied.aborted) return 'aborted';
  if (applied.unreachable) return 'failed';
  return shortOfClean ? 'partial' : 'success';
}

/** The report of a scope that could not be planned or applied: failed, or stopped by the caller. */
export function failedScopeReport(
  scope: string,
  error: unknown,
  aborted: boolean,
  timing: { readonly durationMs: number; readonly apiCalls: ApiCallCounts },
): ScopeReport {
  return {
    scope,
    status: aborted ? 'aborted' : 'failed',
    result: scopeOutcome({
      interrupted: aborted,
      failed: !aborted,
      guardHeld: false,
      failures: 0,
      invalid: 0,
    }),
    counts: emptyCounts(),
    durationMs: timing.durationMs,
    warnings: [],
    invalid: [],
    failures: [],
    ...(aborted ? {} : { error: errorJson(scope, error) }),
    apiCalls: timing.apiCalls,
  };
}

function errorJson(scope: string, error: unknown): ReturnType<SyncError['toJSON']> {
  if (isSyncError(error)) return error.toJSON();
  return new SyncError(
    'UNEXPECTED',
    `${scope} stopped on an unexpected error: ${String(error)}`,
    false,
    {
      cause: error,
    },
  ).toJSON();
}
