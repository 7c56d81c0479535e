import { createCallTally } from './call-tally.js';
import type { SyncEvent } from './event-emitter.js';
import { memoizeSource } from './memoized-source.js';
import { createReferenceLoader } from './reference-loader.js';
import type { RunReport, ScopeReport } from './report-types.js';
import {
  createRunEvents,
  type OperationEvent,
  type PlanReadyEvent,
  type RunFinishedEvent,
  type RunStartedEvent,
  type ScopeFinishedEvent,
  type ScopeStartedEvent,
} from './run-events.js';
import { createRunId } from './run-id.js';
import { exitCodeOf, runOutcomeOf, sumCounts } from './run-outcome.js';
import { createRunStateStore } from './run-state-store.js';
import { runScope, type RunContext } from './scope-runner.js';
import { publishSync } from './sync-channels.js';
import {
  resolveSyncRunOptions,
  type ResolvedSyncRunOptions,
  type SyncRunOptions,
} from './sync-run-options.js';

/** One synchronisation run: typed events for embedders, then `start()`. */
export interface SyncRun {
  readonly id: string;
  readonly onRunStarted: SyncEvent<RunStartedEvent>;
  readonly onScopeStarted: SyncEvent<ScopeStartedEvent>;
  readonly onPlanReady: SyncEvent<PlanReadyEvent>;
  readonly onOperationDone: SyncEvent<OperationEvent>;
  readonly onScopeFinished: SyncEvent<ScopeFinishedEvent>;
  readonly onRunFinished: SyncEvent<RunFinishedEvent>;
  /** Runs once (later calls return the same promise); resolves with the report even when scopes fail or the run is aborted. */
  start(): Promise<RunReport>;
}

/**
 * Prepares a run over the given source and client: for each scope, load, plan, guard, apply,
 * report. Options are checked now (a `ConfigurationError` names the bad one).
 * @example
 * const run = createSyncRun({ source, client, actions: ['create', 'update'] });
 * run.onOperationDone((e) => console.log(`${e.scope} ${e.done}/${e.total}`));
 * const report = await run.start();
 */
export function createSyncRun(options: SyncRunOptions): SyncRun {
  const resolved = resolveSyncRunOptions(options);
  const id = options.runId ?? createRunId(resolved.now());
  const events = createRunEvents(() => undefined);
  let started: Promise<RunReport> | undefined;
  return {
    id,
    onRunStarted: events.runStarted.on,
    onScopeStarted: events.scopeStarted.on,
    onPlanReady: events.planReady.on,
    onOperationDone: events.operationDone.on,
    onScopeFinished: events.scopeFinished.on,
    onRunFinished: events.runFinished.on,
    start: () => (started ??= execute(id, resolved, events)),
  };
}

/** Creates a run and starts it. */
export function runSync(options: SyncRunOptions): Promise<RunReport> {
  return createSyncRun(options).start();
}

async function execute(
  runId: string,
  options: ResolvedSyncRunOptions,
  events: RunContext['events'],
): Promise<RunReport> {
  const startedAt = options.now();
  const t0 = performance.now();
  const calls = createCallTally();
  const ctx: RunContext = {
    runId,
    options: { ...options, source: memoizeSource(options.source) },
    events,
    references: createReferenceLoader(
      options.client,
      options.referenceCache,
      options.referenceTtlMs,
      options.signal,
    ),
    stateStore: options.stateStore ? createRunStateStore(options.stateStore) : undefined,
    calls,
  };
  events.runStarted.emit({
    runId,
    scopes: options.scopes,
    dryRun: options.dryRun,
    startedAt: startedAt.toISOString(),
  });
  publishSync('run', () => ({
    phase: 'start',
    runId,
    scopes: options.scopes,
    dryRun: options.dryRun,
  }));
  const scopes: ScopeReport[] = [];
  try {
    for (const synchronizer of options.synchronizers)
      scopes.push(
        options.signal?.aborted ? notRun(synchronizer.name) : await runScope(ctx, synchronizer),
      );
  } finally {
    calls.dispose();
  }
  const report = runReport(ctx, scopes, startedAt, performance.now() - t0, calls.total());
  events.runFinished.emit({ runId, report });
  publishSync('run', () => ({
    phase: 'end',
    runId,
    scopes: options.scopes,
    dryRun: options.dryRun,
    outcome: report.outcome,
    durationMs: report.durationMs,
  }));
  return report;
}

function notRun(scope: string): ScopeReport {
  return {
    scope,
    status: 'aborted',
    counts: sumCounts([]),
    durationMs: 0,
    warnings: [],
    invalid: [],
    failures: [],
    apiCalls: { read: 0, write: 0, retries: 0 },
  };
}

function runReport(
  ctx: RunContext,
  scopes: ScopeReport[],
  startedAt: Date,
  durationMs: number,
  apiCalls: RunReport['apiCalls'],
): RunReport {
  const { options } = ctx;
  const quota = options.client.usage().quota;
  const aborted = options.signal?.aborted === true;
  return {
    runId: ctx.runId,
    startedAt: startedAt.toISOString(),
    finishedAt: options.now().toISOString(),
    durationMs,
    dryRun: options.dryRun,
    sandbox: options.sandbox,
    actions: options.actions,
    outcome: runOutcomeOf(scopes, aborted),
    exitCode: exitCodeOf(scopes),
    scopes,
    totals: sumCounts(scopes.map((s) => s.counts)),
    apiCalls,
    quota: {
      window: quota.window,
      reads: { used: quota.read.used, limit: quota.read.limit },
      writes: { used: quota.write.used, limit: quota.write.limit },
    },
  };
}
