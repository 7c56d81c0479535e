import type { SyncErrorJson } from '@n2f/resilience';
import type { InvalidRecord } from '../model/invalid-record.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { PlanEstimate as Estimate } from '../plan/estimate/estimate.js';
import type { PlanControls } from '../model/plan-types.js';
import type { GuardHold } from '../guard/delete-guard.js';
import type { MassChangeHold } from '../guard/mass-change-guard.js';
import type { OnlyStep } from '../only/only-steps.js';
import type { IgnoredRows } from './ignored-rows.js';

/** A write the run can make. */
export type SyncAction = 'create' | 'update' | 'delete';

/** How one write ended: done, refused by N2F (4xx), failed after retries, or skipped. */
export type OperationOutcome = 'done' | 'refused' | 'failed' | 'skipped';

/** What kept a scope or a run short of a clean success, most severe first. */
export type Shortfall =
  | 'interrupted'
  | 'scope-failed'
  | 'guard-held'
  | 'failures'
  /** Entities left unwritten on purpose: drifted since a saved plan, or their create failed. */
  | 'skipped'
  | 'invalid-rows';

/**
 * The typed outcome of a scope, a plan or a run: `success`, or each shortfall that applies with
 * the most severe as `kind`. Apps map it (the CLI to exit codes, the service to run states).
 */
export interface Outcome {
  readonly kind: 'success' | Shortfall;
  /** Every shortfall that applies, most severe first; empty on success. */
  readonly shortfalls: readonly Shortfall[];
}

/** Per-scope (and total) entity counts. */
export interface Counts {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  invalid: number;
  failed: number;
  skipped: number;
}

/** A write that did not happen as planned. */
export interface Failure {
  readonly action: SyncAction | 'expire';
  readonly key: string;
  readonly outcome: Exclude<OperationOutcome, 'done'>;
  readonly code: string;
  readonly message: string;
  readonly status?: number;
}

/** Calls made to N2F, by kind. */
export interface ApiCallCounts {
  read: number;
  write: number;
  retries: number;
}

/** What happened to one scope. */
export interface ScopeReport {
  readonly scope: string;
  readonly status: 'success' | 'partial' | 'failed' | 'skipped' | 'aborted';
  readonly result: Outcome;
  readonly counts: Counts;
  readonly durationMs: number;
  readonly plan?: {
    readonly creates: number;
    readonly updates: number;
    readonly deletes: number;
    /** Source rows the scope's filter left out. */
    readonly outOfScope: number;
    readonly estimate: Estimate;
  };
  /** The scope's filter and create-only fields, as the plan used them. */
  readonly controls?: PlanControls;
  readonly warnings: readonly PlanWarning[];
  readonly invalid: readonly InvalidRecord[];
  readonly failures: readonly Failure[];
  readonly guard?: GuardHold;
  /** With `--only`: each entity asked for (and each manager it needed), step by step. */
  readonly only?: readonly OnlyStep[];
  /** Guarded fields whose updates were held: too many entities would change them. */
  readonly massChange?: readonly MassChangeHold[];
  readonly error?: SyncErrorJson;
  readonly apiCalls: ApiCallCounts;
}

/** Quota figures of a run, in the window in force when it ended. */
export interface QuotaReport {
  readonly window: 'day' | 'night';
  readonly reads: { readonly used: number; readonly limit: number };
  readonly writes: { readonly used: number; readonly limit: number };
}

/** The outcome of a whole run: what every scope did, and its typed outcome. */
export interface RunReport {
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly dryRun: boolean;
  readonly sandbox: boolean;
  readonly actions: readonly SyncAction[];
  readonly outcome: 'success' | 'partial' | 'failed' | 'aborted';
  readonly result: Outcome;
  readonly scopes: readonly ScopeReport[];
  readonly totals: Counts;
  /** Valid source rows no scope of the run took, by view and routing value (e.g. `typ 'FOO'`). */
  readonly ignored: readonly IgnoredRows[];
  readonly apiCalls: ApiCallCounts & { readonly rateLimited: number };
  readonly quota?: QuotaReport;
}
