import type { SourceRecord } from '@n2f/agresso-source';
import { isSyncError, SyncError } from '@n2f/resilience';
import type { AnySynchronizer } from '../entity-synchronizer.js';
import { collectTarget } from '../plan/collect-target.js';
import type { PlanContext } from '../plan/plan-context.js';
import { resolvePlanOptions } from '../plan/plan-options.js';
import type { PlanEntry, ScopePlan } from '../plan/plan-types.js';
import { plan } from '../plan/plan.js';
import type { ReferenceData } from '../references/reference-data.js';
import { indexReferences } from '../references/references.js';
import { applyEntries, type ApplyResult } from './apply-entries.js';
import type { CallTally } from './call-tally.js';
import { evaluateDeleteGuard, type GuardHold } from './delete-guard.js';
import { driftOf } from './drift.js';
import { isAbort } from './operation-error.js';
import type { RunEvents } from './run-events.js';
import { emptyCounts } from './run-outcome.js';
import type { RunStateStore } from './run-state-store.js';
import type { ScopeReport } from './report-types.js';
import type { ResolvedSyncRunOptions } from './sync-run-options.js';
import { publishSync } from './sync-channels.js';

/** What every scope of one run shares. */
export interface RunContext {
  readonly runId: string;
  readonly options: ResolvedSyncRunOptions;
  readonly events: RunEvents;
  readonly references: () => Promise<ReferenceData>;
  readonly stateStore: RunStateStore | undefined;
  readonly calls: CallTally;
}

interface Loaded {
  readonly rows: readonly SourceRecord<unknown>[];
  readonly target: readonly unknown[];
  readonly references: ReferenceData;
}

/** Runs one scope: load, plan, guard, apply, report. A scope that cannot load fails before any write. */
export async function runScope(
  ctx: RunContext,
  synchronizer: AnySynchronizer,
): Promise<ScopeReport> {
  const scope = synchronizer.name;
  const started = performance.now();
  ctx.calls.enter(scope);
  ctx.events.scopeStarted.emit({ runId: ctx.runId, scope });
  publishSync('scope', () => ({ phase: 'start', runId: ctx.runId, scope }));
  let report: ScopeReport;
  try {
    report = await planAndApply(ctx, synchronizer, await load(ctx, synchronizer), started);
  } catch (error) {
    report = failedScope(ctx, scope, error, started);
  }
  ctx.events.scopeFinished.emit({ runId: ctx.runId, scope, report });
  publishSync('scope', () => ({
    phase: 'end',
    runId: ctx.runId,
    scope,
    outcome: report.status,
    durationMs: report.durationMs,
    counts: report.counts,
  }));
  return report;
}

// A saved plan already says what to write and is checked against N2F, so the source is not read.
async function load(ctx: RunContext, synchronizer: AnySynchronizer): Promise<Loaded> {
  const { source, client, signal, savedPlan } = ctx.options;
  const references = await ctx.references();
  const rows: SourceRecord<unknown>[] = [];
  if (!savedPlan) for await (const row of synchronizer.loadSource(source, signal)) rows.push(row);
  const target = await synchronizer.loadTarget(client, references, signal);
  return { rows, target, references };
}

async function planAndApply(
  ctx: RunContext,
  synchronizer: AnySynchronizer,
  loaded: Loaded,
  started: number,
): Promise<ScopeReport> {
  const scopePlan = planFor(ctx, synchronizer, loaded);
  ctx.events.planReady.emit({ runId: ctx.runId, scope: scopePlan.scope, plan: scopePlan });
  publishSync('plan', () => ({ runId: ctx.runId, scope: scopePlan.scope, ...scopePlan.counts }));
  const guard = await guardFor(ctx, scopePlan);
  const deletes = guard ? [] : scopePlan.deletes.filter((entry) => !entry.protected);
  const entries: PlanEntry<unknown>[] = ctx.options.dryRun
    ? []
    : [...scopePlan.creates, ...scopePlan.updates, ...deletes];
  const skipReason = ctx.options.savedPlan
    ? driftCheck(ctx, synchronizer, loaded)
    : () => undefined;
  const result = await applyEntries(
    {
      runId: ctx.runId,
      scope: scopePlan.scope,
      client: ctx.options.client,
      synchronizer,
      signal: ctx.options.signal,
      skipReason,
      quotaPaced: ctx.options.quotaPaced,
      onOperation: (event) => onOperation(ctx, event),
    },
    entries,
  );
  const report = scopeReport(ctx, scopePlan, guard, result, started);
  if (!ctx.options.dryRun && !result.aborted && !ctx.options.savedPlan)
    await remember(ctx, scopePlan);
  return report;
}

function planFor(ctx: RunContext, synchronizer: AnySynchronizer, loaded: Loaded): ScopePlan {
  const saved = ctx.options.savedPlan?.scopes.find((scope) => scope.scope === synchronizer.name);
  if (saved) return saved;
  return plan(synchronizer, loaded.rows, loaded.target, loaded.references, ctx.options.planOptions);
}

async function guardFor(ctx: RunContext, scopePlan: ScopePlan): Promise<GuardHold | undefined> {
  const last = await ctx.stateStore?.lastSuccess(scopePlan.scope);
  return evaluateDeleteGuard({
    scope: scopePlan.scope,
    deletes: scopePlan.counts.deletes,
    targetCount: scopePlan.counts.target,
    sourceRows: scopePlan.counts.source + scopePlan.counts.invalid,
    lastSourceRows: last?.sourceRows,
    maxDeletes: ctx.options.maxDeletes(scopePlan.scope),
    minSourceRatio: ctx.options.minSourceRatio,
  });
}

function driftCheck(
  ctx: RunContext,
  synchronizer: AnySynchronizer,
  loaded: Loaded,
): (entry: PlanEntry<unknown>) => string | undefined {
  const context: PlanContext = {
    scope: synchronizer.name,
    references: indexReferences(loaded.references),
    options: resolvePlanOptions(ctx.options.planOptions),
  };
  const live = collectTarget(synchronizer, loaded.target, context, []);
  const fields = synchronizer.comparedFields(context);
  return (entry) => driftOf(entry, live, fields);
}

function onOperation(
  ctx: RunContext,
  event: Parameters<RunEvents['operationDone']['emit']>[0],
): void {
  ctx.events.operationDone.emit(event);
  publishSync('operation', () => ({
    runId: event.runId,
    scope: event.scope,
    action: event.action,
    key: event.key,
    outcome: event.outcome,
    durationMs: event.durationMs,
  }));
}

function scopeReport(
  ctx: RunContext,
  scopePlan: ScopePlan,
  guard: GuardHold | undefined,
  result: ApplyResult,
  started: number,
): ScopeReport {
  const failed = result.failures.filter((f) => f.outcome !== 'skipped').length;
  const heldDeletes = guard && !ctx.options.dryRun ? scopePlan.counts.deletes : 0;
  const counts = {
    ...emptyCounts(),
    created: result.created,
    updated: result.updated,
    deleted: result.deleted,
    unchanged: scopePlan.counts.unchanged,
    invalid: scopePlan.counts.invalid,
    failed,
    skipped: result.skipped + heldDeletes,
  };
  const status = result.aborted
    ? 'aborted'
    : failed > 0 || counts.invalid > 0 || guard
      ? 'partial'
      : 'success';
  return {
    scope: scopePlan.scope,
    status,
    counts,
    durationMs: performance.now() - started,
    plan: {
      creates: scopePlan.counts.creates,
      updates: scopePlan.counts.updates,
      deletes: scopePlan.counts.deletes,
      estimate: scopePlan.estimate,
    },
    warnings: [...scopePlan.warnings, ...result.warnings],
    invalid: scopePlan.invalid,
    failures: result.failures,
    ...(guard ? { guard } : {}),
    apiCalls: ctx.calls.of(scopePlan.scope),
  };
}

function failedScope(ctx: RunContext, scope: string, error: unknown, started: number): ScopeReport {
  const aborted = isAbort(error, ctx.options.signal);
  const json = isSyncError(error)
    ? error.toJSON()
    : new SyncError(
        'UNEXPECTED',
        `${scope} stopped on an unexpected error: ${String(error)}`,
        false,
        {
          cause: error,
        },
      ).toJSON();
  return {
    scope,
    status: aborted ? 'aborted' : 'failed',
    counts: emptyCounts(),
    durationMs: performance.now() - started,
    warnings: [],
    invalid: [],
    failures: [],
    ...(aborted ? {} : { error: json }),
    apiCalls: ctx.calls.of(scope),
  };
}

async function remember(ctx: RunContext, scopePlan: ScopePlan): Promise<void> {
  const sourceRows = scopePlan.counts.source + scopePlan.counts.invalid;
  if (sourceRows === 0) return;
  await ctx.stateStore?.recordSuccess(scopePlan.scope, {
    sourceRows,
    finishedAt: ctx.options.now().toISOString(),
    runId: ctx.runId,
  });
}
