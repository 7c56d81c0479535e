import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { FieldChange, PlanEntry, ScopePlan } from '../model/plan-types.js';
import { createEventSource, type EventSource, type Listen } from '@n2f/resilience';
import type { OperationOutcome, RunReport, ScopeReport } from '../report/report-types.js';

/** A run began. */
export interface RunStartedEvent {
  readonly runId: string;
  readonly scopes: readonly string[];
  readonly dryRun: boolean;
  readonly startedAt: string;
}
/** A scope began loading. */
export interface ScopeStartedEvent {
  readonly runId: string;
  readonly scope: string;
}
/** A scope's plan is computed (before guards and writes). */
export interface PlanReadyEvent {
  readonly runId: string;
  readonly scope: string;
  readonly plan: ScopePlan;
}
/** One write ended; `done`/`total` count this scope's writes, `etaMs` the time left at the quota. */
export interface OperationEvent {
  readonly runId: string;
  readonly scope: string;
  readonly action: PlanEntry<unknown>['action'];
  readonly key: string;
  readonly outcome: OperationOutcome;
  readonly message?: string;
  readonly changes: readonly FieldChange[];
  /** The whole canonical N2F record before the write (`null` for a create): enough to restore it. */
  readonly before: CanonicalRecord | null;
  /** The whole canonical record the write sent (`null` for a delete). */
  readonly after: CanonicalRecord | null;
  readonly durationMs: number;
  readonly done: number;
  readonly total: number;
  readonly etaMs: number;
}
/** A scope ended, with its report. */
export interface ScopeFinishedEvent {
  readonly runId: string;
  readonly scope: string;
  readonly report: ScopeReport;
}
/** The run ended, with its report. */
export interface RunFinishedEvent {
  readonly runId: string;
  readonly report: RunReport;
}

/** The events of a run, for progress displays and for sinks (report, audit trail, API log). */
export interface RunEventSource {
  readonly id: string;
  readonly onRunStarted: Listen<RunStartedEvent>;
  readonly onScopeStarted: Listen<ScopeStartedEvent>;
  readonly onPlanReady: Listen<PlanReadyEvent>;
  readonly onOperationDone: Listen<OperationEvent>;
  readonly onScopeFinished: Listen<ScopeFinishedEvent>;
  readonly onRunFinished: Listen<RunFinishedEvent>;
}

/** The event sources of one run. */
export interface RunEvents {
  readonly runStarted: EventSource<RunStartedEvent>;
  readonly scopeStarted: EventSource<ScopeStartedEvent>;
  readonly planReady: EventSource<PlanReadyEvent>;
  readonly operationDone: EventSource<OperationEvent>;
  readonly scopeFinished: EventSource<ScopeFinishedEvent>;
  readonly runFinished: EventSource<RunFinishedEvent>;
}

/** Fresh event sources; a throwing listener never stops the run (resilience's one policy). */
export function createRunEvents(): RunEvents {
  return {
    runStarted: createEventSource(),
    scopeStarted: createEventSource(),
    planReady: createEventSource(),
    operationDone: createEventSource(),
    scopeFinished: createEventSource(),
    runFinished: createEventSource(),
  };
}
