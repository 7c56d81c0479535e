import type { SourceRecord } from '@n2f/agresso-source';
import { applyEntries, type ApplyResult } from '../apply/apply-entries.js';
import type { CallTally } from '../apply/call-tally.js';
import { entriesToSend } from '../apply/entries-to-send.js';
import { isAbort } from '../apply/operation-error.js';
import type { GuardHold } from '../guard/delete-guard.js';
import type { SkipReason } from '../guard/drift-check.js';
import { withoutHeldFields } from '../guard/held-fields.js';
import type { MassChangeHold } from '../guard/mass-change-guard.js';
import { guardMassChange, guardPlan } from '../guard/scope-guard.js';
import type { PlanContext } from '../model/plan-context.js';
import type { ScopePlan, UpdateEntry } from '../model/plan-types.js';
import { planScope } from '../plan/plan.js';
import { failedScopeReport, scopeReport } from '../report/scope-report.js';
import type { ScopeReport } from '../report/report-types.js';
import type { AnyScope } from '../scopes/entity-synchronizer.js';
import { keysOfView } from '../only/only-keys.js';
import { pickOnly, type OnlyPick } from '../only/only-pick.js';
import type { RunContext } from './run-context.js';
import { publishSync } from '../events/sync-channels.js';

/** One pass of a run over its scopes: its context and the N2F calls counted per scope. */
export interface Execution {
  readonly ctx: RunContext;
  readonly calls: CallTally;
}

/** A scope's plan with the guards' verdicts on it. */
export interface GuardedPlan {
  readonly plan: ScopePlan;
  /** The delete guard's hold, if any. */
  readonly guard: GuardHold | undefined;
  /** The mass-change guard's holds, one per guarded field changing on too many entities. */
  readonly massChange: readonly MassChangeHold[];
  /** What `--only` picked, to tell each entity's steps. */
  readonly only?: OnlyPick;
}

/** Asks both guards about a plan, against the run's settings and the scope's last success. */
export async function guardScope(ctx: RunContext, plan: ScopePlan): Promise<GuardedPlan> {
  return { plan, guard: await guardPlan(ctx, plan), massChange: guardMassChange(ctx, plan) };
}

/**
 * Runs one scope between its start and finish events (and channel messages): `body` gets the
 * start time; whatever it throws becomes a failed (or, when the caller stopped, aborted) scope.
 */
export async function inScope(
  ex: Execution,
  name: string,
  body: (started: number) => Promise<ScopeReport>,
): Promise<ScopeReport> {
  const { ctx } = ex;
  const started = performance.now();
  ex.calls.enter(name);
  ctx.events.scopeStarted.emit({ runId: ctx.runId, scope: name });
  publishSync('scope', () => ({ phase: 'start', runId: ctx.runId, scope: name }));
  let report: ScopeReport;
  try {
    report = await body(started);
  } catch (error) {
    report = failedScopeReport(name, error, isAbort(error, ctx.signal), {
      durationMs: performance.now() - started,
      apiCalls: ex.calls.of(name),
    });
  }
  ctx.events.scopeFinished.emit({ runId: ctx.runId, scope: name, report });
  publishSync('scope', () => ({
    phase: 'end',
    runId: ctx.runId,
    scope: name,
    outcome: report.status,
    durationMs: report.durationMs,
    counts: report.counts,
  }));
  return report;
}

/** The plan context of a scope: the run's resolved options and its indexed references. */
export async function planContextOf(ctx: RunContext, scope: AnyScope): Promise<PlanContext> {
  const references = await ctx.references();
  return { scope: scope.name, references: references.index, options: ctx.plan };
}

/** Loads a scope (source rows, then N2F records), plans it and guards the plan. */
export async function planStep(ex: Execution, scope: AnyScope): Promise<GuardedPlan> {
  const { ctx } = ex;
  const context = await planContextOf(ctx, scope);
  const rows: SourceRecord<unknown>[] = [];
  for await (const row of scope.loadSource(ctx.source, ctx.signal)) {
    rows.push(row);
    if (row.valid) ctx.ignored.note(scope.view, row.rowNumber, scope.accepts(row.row), () => scope.routeOf(row.row));
  }
  const target = await scope.loadTarget(ctx.client, context.references, ctx.signal);
  const pages = (await ctx.references()).pages;
  const only = ctx.only && pickOnly(scope, rows, target, context, keysOfView(ctx.only, scope.view));
  const plan = planScope(scope, only ? only.selection.rows : rows, target, context, pages);
  announcePlan(ctx, plan);
  return { ...(await guardScope(ctx, plan)), ...(only ? { only } : {}) };
}

/** Tells listeners a scope's plan is ready (before guards and writes). */
export function announcePlan(ctx: RunContext, plan: ScopePlan): void {
  ctx.events.planReady.emit({ runId: ctx.runId, scope: plan.scope, plan });
  publishSync('plan', () => ({ runId: ctx.runId, scope: plan.scope, ...plan.counts }));
}

/** Sends a guarded plan's writes, each skipped when `skipReason` gives one, and reports the scope. */
export async function applyStep(
  ex: Execution,
  scope: AnyScope,
  guarded: GuardedPlan,
  skipReason: SkipReason,
  started: number,
): Promise<{ readonly report: ScopeReport; readonly applied: ApplyResult }> {
  const { ctx } = ex;
  const { plan, guard } = guarded;
  const updates = await releasedUpdates(ctx, scope, guarded);
  const applied = await applyEntries(
    {
      runId: ctx.runId,
      scope: plan.scope,
      client: ctx.client,
      synchronizer: scope,
      signal: ctx.signal,
      skipReason,
      onOperation: (event) => {
        ctx.events.operationDone.emit(event);
        publishSync('operation', () => ({
          runId: event.runId,
          scope: event.scope,
          action: event.action,
          key: event.key,
          outcome: event.outcome,
          durationMs: event.durationMs,
        }));
      },
    },
    entriesToSend(plan, guard, updates.send),
  );
  const report = scopeReport({
    ...guarded,
    applied,
    heldDeletes: guard ? plan.counts.deletes : 0,
    heldUpdates: updates.held,
    dryRun: false,
    durationMs: performance.now() - started,
    apiCalls: ex.calls.of(plan.scope),
  });
  return { report, applied };
}

// The updates to send once the mass-change guard took its held fields out (they keep their N2F value).
async function releasedUpdates(
  ctx: RunContext,
  scope: AnyScope,
  guarded: GuardedPlan,
): Promise<{ readonly send: readonly UpdateEntry<unknown>[]; readonly held: number }> {
  if (guarded.massChange.length === 0) return { send: guarded.plan.updates, held: 0 };
  const context = await planContextOf(ctx, scope);
  const held = new Set(guarded.massChange.map((hold) => hold.field));
  return withoutHeldFields(guarded.plan.updates, held, (record) =>
    scope.buildPayload(record, context),
  );
}

/** The report of a plan that is only shown (a dry run): nothing sent, nothing held. */
export function plannedReport(ex: Execution, guarded: GuardedPlan, started: number): ScopeReport {
  return scopeReport({
    ...guarded,
    applied: NOTHING,
    heldDeletes: 0,
    heldUpdates: 0,
    dryRun: true,
    durationMs: performance.now() - started,
    apiCalls: ex.calls.of(guarded.plan.scope),
  });
}

const NOTHING: ApplyResult = {
  created: 0,
  updated: 0,
  deleted: 0,
  skipped: 0,
  failures: [],
  warnings: [],
  aborted: false,
};
