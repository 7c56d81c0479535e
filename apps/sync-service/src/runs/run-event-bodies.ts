import type {
  Counts,
  OperationEvent,
  PlanReadyEvent,
  RunReport,
  ScopeReport,
  SyncRun,
} from '@n2f/sync-core';
import type { EventLog } from './event-log.js';
import type { EventCounts, RunTrigger, ServiceEventBody } from './service-events.js';

type Body<T extends ServiceEventBody['type']> = Extract<ServiceEventBody, { type: T }>;

const counts = (c: Counts): EventCounts => ({ ...c });

/** Plan counts and the estimate only: the entries (with field values) stay in the process. */
export function planReadyBody(event: PlanReadyEvent): Body<'plan-ready'> {
  const { counts: c, estimate } = event.plan;
  return {
    type: 'plan-ready',
    scope: event.scope,
    counts: {
      source: c.source,
      target: c.target,
      creates: c.creates,
      updates: c.updates,
      deletes: c.deletes,
      unchanged: c.unchanged,
      invalid: c.invalid,
    },
    estimate: {
      reads: estimate.reads.total,
      writes: estimate.writes.total,
      durationMs: { day: estimate.durationMs.day, night: estimate.durationMs.night },
    },
  };
}

/** Progress of one write: the key and outcome, never the changed values nor N2F's message. */
export function operationBody(event: OperationEvent): Body<'operation'> {
  return {
    type: 'operation',
    scope: event.scope,
    action: event.action,
    key: event.key,
    outcome: event.outcome,
    done: event.done,
    total: event.total,
    etaMs: event.etaMs,
  };
}

/** A scope's counts, its failures with their reasons, and why deletes were held or it could not run. */
export function scopeFinishedBody(report: ScopeReport): Body<'scope-finished'> {
  return {
    type: 'scope-finished',
    scope: report.scope,
    status: report.status,
    counts: counts(report.counts),
    durationMs: report.durationMs,
    failures: report.failures.map((f) => ({
      action: f.action,
      key: f.key,
      code: f.code,
      message: f.message,
    })),
    ...(report.guard === undefined ? {} : { guard: report.guard.message }),
    ...(report.error === undefined ? {} : { error: report.error.message }),
  };
}

/** The run's outcome and totals. */
export function runFinishedBody(report: RunReport): Body<'run-finished'> {
  return {
    type: 'run-finished',
    outcome: report.outcome,
    result: report.result.kind,
    durationMs: report.durationMs,
    totals: counts(report.totals),
  };
}

/**
 * Forwards a run's events into its log, translated; returns the subscriptions to dispose.
 * `run-finished` is not forwarded: the run manager sends it once the report is in the history.
 */
export function forwardRunEvents(
  run: SyncRun,
  log: EventLog,
  trigger: RunTrigger,
): { dispose(): void } {
  const subscriptions = [
    run.onRunStarted((e) =>
      log.append({ type: 'run-started', scopes: e.scopes, dryRun: e.dryRun, trigger }),
    ),
    run.onScopeStarted((e) => log.append({ type: 'scope-started', scope: e.scope })),
    run.onPlanReady((e) => log.append(planReadyBody(e))),
    run.onOperationDone((e) => log.append(operationBody(e))),
    run.onScopeFinished((e) => log.append(scopeFinishedBody(e.report))),
  ];
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
