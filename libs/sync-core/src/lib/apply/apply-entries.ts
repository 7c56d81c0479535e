import type { N2fClient } from '@n2f/n2f-client';
import { isCircuitOpenError, type CircuitOpenError } from '@n2f/resilience';
import type { AnyScope } from '../scopes/entity-synchronizer.js';
import type { FieldChange, PlanEntry } from '../model/plan-types.js';
import { classifyFailure, isAbort } from './operation-error.js';
import type { OperationEvent } from '../events/run-events.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { Failure, OperationOutcome } from '../report/report-types.js';

/** What applying one scope's entries needs. */
export interface ApplyContext {
  readonly runId: string;
  readonly scope: string;
  readonly client: N2fClient;
  readonly synchronizer: AnyScope;
  readonly signal: AbortSignal | undefined;
  /** Why an entry must be skipped (e.g. drift since a saved plan), or `undefined` to send it. */
  readonly skipReason: (entry: PlanEntry<unknown>) => string | undefined;
  readonly onOperation: (event: OperationEvent) => void;
}

/** Outcomes of one scope's writes. */
export interface ApplyResult {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly skipped: number;
  readonly failures: readonly Failure[];
  /** Entries the scope had to adjust while applying (e.g. written without a manager); only ones written. */
  readonly warnings: readonly PlanWarning[];
  readonly aborted: boolean;
  /** N2F became unreachable: the scope stopped at the entity that failed fast, the rest skipped. */
  readonly unreachable?: CircuitOpenError;
}

interface ApplyState {
  readonly tally: { created: number; updated: number; deleted: number; skipped: number };
  readonly failures: Failure[];
  readonly warnings: PlanWarning[];
  readonly failedCreates: Set<string>;
  readonly started: number;
}

/**
 * Sends the entries one at a time, in plan order. A failure stays with its entity: a create that
 * failed makes its own follow-up update pointless (skipped), and entries linking to it are
 * adjusted by their scope. An abort stops before the next call; so does N2F becoming unreachable
 * (an open circuit): the entries left are counted as skipped, never tried one by one.
 */
export async function applyEntries(
  ctx: ApplyContext,
  entries: readonly PlanEntry<unknown>[],
): Promise<ApplyResult> {
  const state: ApplyState = {
    tally: { created: 0, updated: 0, deleted: 0, skipped: 0 },
    failures: [],
    warnings: [],
    failedCreates: new Set(),
    started: performance.now(),
  };
  for (const [index, planned] of entries.entries()) {
    if (ctx.signal?.aborted) return finish(state, entries.length - index, { aborted: true });
    const { entry, warning } = relinked(ctx, planned, state);
    const t0 = performance.now();
    const result = await attempt(ctx, entry, state.failedCreates);
    if (result === 'aborted') return finish(state, entries.length - index, { aborted: true });
    record(state, entry, result);
    // The adjustment is news only for an entity that was written.
    if (warning !== undefined && result.outcome === 'done') state.warnings.push(warning);
    const timing = { durationMs: performance.now() - t0, done: index + 1, total: entries.length };
    ctx.onOperation(operationEvent(ctx, entry, result, timing, state.started));
    const { unreachable } = result;
    if (unreachable)
      return finish(state, entries.length - index - 1, { aborted: false, unreachable });
  }
  return finish(state, 0, { aborted: false });
}

function finish(
  state: ApplyState,
  notSent: number,
  stop: Pick<ApplyResult, 'aborted' | 'unreachable'>,
): ApplyResult {
  const { tally, failures, warnings } = state;
  return { ...tally, skipped: tally.skipped + notSent, failures, warnings, ...stop };
}

function relinked(
  ctx: ApplyContext,
  entry: PlanEntry<unknown>,
  state: ApplyState,
): { readonly entry: PlanEntry<unknown>; readonly warning?: PlanWarning } {
  if (state.failedCreates.size === 0) return { entry };
  return ctx.synchronizer.withoutFailedLinks(entry, state.failedCreates) ?? { entry };
}

async function attempt(
  ctx: ApplyContext,
  entry: PlanEntry<unknown>,
  failedCreates: ReadonlySet<string>,
): Promise<SendResult | 'aborted'> {
  const orphan = entry.action === 'update' && entry.followUp && failedCreates.has(entry.key);
  const reason = orphan ? 'its create failed' : ctx.skipReason(entry);
  return reason === undefined ? send(ctx, entry) : { outcome: 'skipped', message: reason };
}

function record(state: ApplyState, entry: PlanEntry<unknown>, result: SendResult): void {
  count(state.tally, entry, result.outcome);
  if (result.outcome === 'done') return;
  state.failures.push(failureOf(entry, result));
  if (entry.action === 'create') state.failedCreates.add(entry.key);
}

type SendResult = {
  readonly outcome: OperationOutcome;
  readonly message?: string;
  readonly code?: string;
  readonly status?: number;
  /** The circuit is open: this entity failed fast, and the scope stops. */
  readonly unreachable?: CircuitOpenError;
};

async function send(ctx: ApplyContext, entry: PlanEntry<unknown>): Promise<SendResult | 'aborted'> {
  try {
    if (entry.action === 'create')
      await ctx.synchronizer.applyCreate(ctx.client, entry, ctx.signal);
    else if (entry.action === 'update')
      await ctx.synchronizer.applyUpdate(ctx.client, entry, ctx.signal);
    else await ctx.synchronizer.applyDelete(ctx.client, entry, ctx.signal);
    return { outcome: 'done' };
  } catch (error) {
    if (isAbort(error, ctx.signal)) return 'aborted';
    if (isCircuitOpenError(error)) return { ...classifyFailure(error), unreachable: error };
    return classifyFailure(error);
  }
}

function count(
  tally: { created: number; updated: number; deleted: number; skipped: number },
  entry: PlanEntry<unknown>,
  outcome: OperationOutcome,
): void {
  if (outcome === 'skipped') tally.skipped += 1;
  if (outcome !== 'done') return;
  if (entry.action === 'create') tally.created += 1;
  else if (entry.action === 'update') tally.updated += 1;
  else tally.deleted += 1;
}

function failureOf(entry: PlanEntry<unknown>, result: SendResult): Failure {
  return {
    action: entry.action,
    key: entry.key,
    outcome: result.outcome as Failure['outcome'],
    code: result.code ?? (result.outcome === 'skipped' ? 'SKIPPED' : 'UNEXPECTED'),
    message: result.message ?? '',
    ...(result.status === undefined ? {} : { status: result.status }),
  };
}

/** The changes an entry makes, field by field (a create from nothing, a delete to nothing). */
export function changesOf(entry: PlanEntry<unknown>): readonly FieldChange[] {
  if (entry.action === 'update' || entry.action === 'expire') return entry.changes;
  if (entry.action === 'create')
    return Object.entries(entry.after).map(([field, after]) => ({ field, before: null, after }));
  return [];
}

function operationEvent(
  ctx: ApplyContext,
  entry: PlanEntry<unknown>,
  result: SendResult,
  timing: { readonly durationMs: number; readonly done: number; readonly total: number },
  started: number,
): OperationEvent {
  return {
    runId: ctx.runId,
    scope: ctx.scope,
    action: entry.action,
    key: entry.key,
    outcome: result.outcome,
    ...(result.message === undefined ? {} : { message: result.message }),
    changes: changesOf(entry),
    before: entry.before,
    after: entry.action === 'delete' ? null : entry.after,
    ...timing,
    etaMs: etaMs(ctx, timing.total - timing.done, (performance.now() - started) / timing.done),
  };
}

// Time left at the pace so far, never faster than the write quota of the window in force allows
// (when the client's limiter paces the writes at all).
function etaMs(ctx: ApplyContext, remaining: number, averageMs: number): number {
  const limit = ctx.client.quotas.enabled ? ctx.client.usage().quota.write.limit : 0;
  const quotaMs = limit > 0 && Number.isFinite(limit) ? ctx.client.quotas.windowMs / limit : 0;
  return Math.round(remaining * Math.max(averageMs, quotaMs));
}
