import { ConfigurationError } from '@n2f/resilience';
import { driftCheck, NO_DRIFT } from '../guard/drift-check.js';
import { rememberSuccess } from '../guard/scope-guard.js';
import type { RunReport } from '../report/report-types.js';
import { resolveRunContext, scopesOf, type RunContext } from './run-context.js';
import type { RunEventSource } from '../events/run-events.js';
import type { SyncRunOptions } from './run-options.js';
import { runPass } from './run-pass.js';
import { isSavedPlan, type PlannedScope, type RunPlan } from './run-plan.js';
import type { SavedPlan } from './saved-plan.js';
import {
  announcePlan,
  applyStep,
  guardScope,
  inScope,
  planContextOf,
  plannedReport,
  planStep,
  type GuardedPlan,
} from './scope-steps.js';

/**
 * A run with its options resolved: attach listeners and sinks, then call one of `plan`, `apply`
 * or `start`, once. None rejects for a failed entity or scope; the outcome says what fell short.
 */
export interface SyncRun extends RunEventSource {
  /** Plans every scope and reports what would be done; nothing is written (a dry run). */
  plan(): Promise<RunPlan>;
  /** Applies a plan made earlier (or read from a file), each entity checked for drift first. */
  apply(plan: RunPlan | SavedPlan): Promise<RunReport>;
  /** Plans then applies each scope in turn: the nightly sync. */
  start(): Promise<RunReport>;
}

/**
 * Prepares a run over the given source and client. Options are checked now (a
 * `ConfigurationError` names the bad one).
 * @example
 * const run = createSyncRun({ source, client, actions: ['create', 'update'] });
 * run.onOperationDone((e) => console.log(`${e.scope} ${e.done}/${e.total}`));
 * const report = await run.start();
 */
export function createSyncRun(options: SyncRunOptions): SyncRun {
  const ctx = resolveRunContext(options);
  const { events } = ctx;
  let pass: Promise<unknown> | undefined;
  const once = <T>(body: () => Promise<T>): Promise<T> => {
    if (pass !== undefined) return Promise.reject(alreadyStarted(ctx.runId));
    const started = body();
    pass = started;
    return started;
  };
  let synced: Promise<RunReport> | undefined;
  return {
    id: ctx.runId,
    onRunStarted: events.runStarted.on,
    onScopeStarted: events.scopeStarted.on,
    onPlanReady: events.planReady.on,
    onOperationDone: events.operationDone.on,
    onScopeFinished: events.scopeFinished.on,
    onRunFinished: events.runFinished.on,
    plan: () => once(() => planAll(ctx)),
    apply(plan) {
      const scopes = scopesOf(
        plan.scopes.map((s) => s.scope),
        ctx.registry,
      );
      return once(() => applyAll(ctx, plan, scopes));
    },
    start: () => (synced ??= once(() => syncAll(ctx))),
  };
}

/**
 * Plans the selected scopes without writing: per scope its plan (counts, entries, invalid rows,
 * warnings, the guard's verdict, the estimate) or why it failed, and the dry-run report.
 * @example const plan = await planRun({ source, client }); console.log(plan.result.kind);
 */
export function planRun(options: SyncRunOptions): Promise<RunPlan> {
  return createSyncRun(options).plan();
}

/**
 * Applies a plan from `planRun` or `parseSavedPlan`: its scopes and actions, each entry checked
 * against the live N2F state first (drifted ones are skipped and reported), deletes guarded again.
 * @example const report = await applyPlan(parseSavedPlan(json), { source, client });
 */
export function applyPlan(plan: RunPlan | SavedPlan, options: SyncRunOptions): Promise<RunReport> {
  return createSyncRun({
    ...options,
    actions: options.actions ?? plan.actions,
    sandbox: options.sandbox ?? plan.sandbox,
  }).apply(plan);
}

async function planAll(ctx: RunContext): Promise<RunPlan> {
  const planned = new Map<string, GuardedPlan>();
  const report = await runPass(
    ctx,
    { dryRun: true, actions: ctx.actions, names: ctx.scopes.map((s) => s.name) },
    (ex, index) => {
      const scope = ctx.scopes[index] as RunContext['scopes'][number];
      return inScope(ex, scope.name, async (started) => {
        const guarded = await planStep(ex, scope);
        planned.set(scope.name, guarded);
        return plannedReport(ex, guarded, started);
      });
    },
  );
  return {
    runId: ctx.runId,
    createdAt: report.startedAt,
    sandbox: ctx.sandbox,
    actions: ctx.actions,
    scopes: report.scopes.map((scope): PlannedScope => {
      const guarded = planned.get(scope.scope);
      if (guarded === undefined)
        return {
          scope: scope.scope,
          status: 'failed',
          result: scope.result,
          ...(scope.error ? { error: scope.error } : {}),
        };
      const { plan, guard, massChange } = guarded;
      return {
        scope: scope.scope,
        status: 'planned',
        plan,
        ...(guard ? { guard } : {}),
        ...(massChange.length > 0 ? { massChange } : {}),
        result: scope.result,
      };
    }),
    result: report.result,
    report,
  };
}

function syncAll(ctx: RunContext): Promise<RunReport> {
  return runPass(
    ctx,
    { dryRun: false, actions: ctx.actions, names: ctx.scopes.map((s) => s.name) },
    (ex, index) => {
      const scope = ctx.scopes[index] as RunContext['scopes'][number];
      return inScope(ex, scope.name, async (started) => {
        const guarded = await planStep(ex, scope);
        const { report, applied } = await applyStep(ex, scope, guarded, NO_DRIFT, started);
        if (!applied.aborted && !applied.unreachable) await rememberSuccess(ctx, guarded.plan);
        return report;
      });
    },
  );
}

function applyAll(
  ctx: RunContext,
  plan: RunPlan | SavedPlan,
  scopes: RunContext['scopes'],
): Promise<RunReport> {
  const names = scopes.map((s) => s.name);
  return runPass(ctx, { dryRun: false, actions: plan.actions, names }, (ex, index) => {
    const scope = scopes[index] as RunContext['scopes'][number];
    return inScope(ex, scope.name, async (started) => {
      const scopePlan = scopePlanOf(plan, index);
      if ('report' in scopePlan) return scopePlan.report;
      const context = await planContextOf(ctx, scope);
      const live = await scope.loadTarget(ctx.client, context.references, ctx.signal);
      announcePlan(ctx, scopePlan.plan);
      const guarded = await guardScope(ctx, scopePlan.plan);
      const skip = driftCheck(scope, live, context);
      return (await applyStep(ex, scope, guarded, skip, started)).report;
    });
  });
}

// A scope of the plan to apply: its plan, or the report of its failure when it could not be planned.
function scopePlanOf(
  plan: RunPlan | SavedPlan,
  index: number,
): { readonly plan: GuardedPlan['plan'] } | { readonly report: RunReport['scopes'][number] } {
  if (isSavedPlan(plan)) return { plan: plan.scopes[index] as GuardedPlan['plan'] };
  const scope = plan.scopes[index] as PlannedScope;
  if (scope.status === 'planned') return { plan: scope.plan };
  return { report: plan.report.scopes[index] as RunReport['scopes'][number] };
}

function alreadyStarted(runId: string): ConfigurationError {
  return new ConfigurationError(
    'run',
    `run ${runId} has already been planned, applied or started`,
    'create a new run with createSyncRun for each pass',
  );
}
