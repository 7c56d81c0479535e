import type { N2fClient } from '@n2f/n2f-client';
import type { AnySynchronizer } from '../entity-synchronizer.js';
import type { FieldChange, PlanEntry } from '../plan/plan-types.js';
import { classifyFailure, isAbort } from './operation-error.js';
import type { OperationEvent } from './run-events.js';
import type { Failure, OperationOutcome } from './report-types.js';

/** What applying one scope's entries needs. */
export interface ApplyContext {
  readonly runId: string;
  readonly scope: string;
  readonly client: N2fClient;
  readonly synchronizer: AnySynchronizer;
  readonly signal: AbortSignal | undefined;
  /** Why an entry must be skipped (e.g. drift since a saved plan), or `undefined` to send it. */
  readonly skipReason: (entry: PlanEntry<unknown>) => string | undefined;
  readonly onOperation: (event: OperationEvent) => void;
  /** Whether writes are paced by the quota limiter (the ETA then never beats the quota). */
  readonly quotaPaced: boolean;
}

/** Outcomes of one scope's writes. */
export interface ApplyResult {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly skipped: number;
  readonly failures: readonly Failure[];
  readonly aborted: boolean;
}

/**
 * Sends the entries one at a time, in plan order. A failure stays with its entity; a create that
 * failed makes its own follow-up update pointless (skipped). An abort stops before the next call.
 */
export async function applyEntries(
  ctx: ApplyContext,
  entries: readonly PlanEntry<unknown>[],
): Promise<ApplyResult> {
  const tally = { created: 0, updated: 0, deleted: 0, skipped: 0 };
  const failures: Failure[] = [];
  const failedCreates = new Set<string>();
  const started = performance.now();
  for (const [index, entry] of entries.entries()) {
    if (ctx.signal?.aborted)
      return { ...tally, skipped: tally.skipped + entries.length - index, failures, aborted: true };
    const reason =
      entry.action === 'update' && entry.followUp && failedCreates.has(entry.key)
        ? 'its create failed'
        : ctx.skipReason(entry);
    const t0 = performance.now();
    const result =
      reason === undefined
        ? await send(ctx, entry)
        : ({ outcome: 'skipped', message: reason } as const);
    if (result === 'aborted')
      return { ...tally, skipped: tally.skipped + entries.length - index, failures, aborted: true };
    count(tally, entry, result.outcome);
    if (result.outcome !== 'done') failures.push(failureOf(entry, result));
    if (result.outcome !== 'done' && entry.action === 'create') failedCreates.add(entry.key);
    ctx.onOperation(
      operationEvent(
        ctx,
        entry,
        result,
        performance.now() - t0,
        index + 1,
        entries.length,
        started,
      ),
    );
  }
  return { ...tally, failures, aborted: false };
}

type SendResult = {
  readonly outcome: OperationOutcome;
  readonly message?: string;
  readonly code?: string;
  readonly status?: number;
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
  durationMs: number,
  done: number,
  total: number,
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
    durationMs,
    done,
    total,
    etaMs: etaMs(ctx, total - done, (performance.now() - started) / done),
  };
}

// Time left at the pace so far, never faster than the write quota of the window in force allows.
function etaMs(ctx: ApplyContext, remaining: number, averageMs: number): number {
  const limit = ctx.quotaPaced ? ctx.client.usage().quota.write.limit : 0;
  const quotaMs = limit > 0 && Number.isFinite(limit) ? 60_000 / limit : 0;
  return Math.round(remaining * Math.max(averageMs, quotaMs));
}
