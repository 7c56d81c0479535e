import { createCallTally } from '../apply/call-tally.js';
import { failedScopeReport } from '../report/scope-report.js';
import type { RunReport, ScopeReport, SyncAction } from '../report/report-types.js';
import { runReport } from '../report/run-report.js';
import type { RunContext } from './run-context.js';
import type { Execution } from './scope-steps.js';
import { publishSync } from '../events/sync-channels.js';

/** What one pass over a run's scopes reports as. */
export interface PassOptions {
  /** Whether the pass only reports plans (nothing is sent). */
  readonly dryRun: boolean;
  readonly actions: readonly SyncAction[];
  readonly names: readonly string[];
}

/**
 * One pass over the scopes, in order, between the run's start and finish events: `step` handles a
 * scope; once the caller stopped the run, the remaining scopes are reported as not run.
 */
export async function runPass(
  ctx: RunContext,
  options: PassOptions,
  step: (ex: Execution, index: number) => Promise<ScopeReport>,
): Promise<RunReport> {
  const { runId } = ctx;
  const { dryRun, names } = options;
  const startedAt = ctx.now();
  const t0 = performance.now();
  const calls = createCallTally();
  ctx.events.runStarted.emit({ runId, scopes: names, dryRun, startedAt: startedAt.toISOString() });
  publishSync('run', () => ({ phase: 'start', runId, scopes: names, dryRun }));
  const scopes: ScopeReport[] = [];
  try {
    for (const [index, name] of names.entries())
      scopes.push(ctx.signal?.aborted ? notRun(name) : await step({ ctx, calls }, index));
  } finally {
    calls.dispose();
  }
  const report = runReport({
    runId,
    startedAt,
    finishedAt: ctx.now(),
    durationMs: performance.now() - t0,
    dryRun,
    sandbox: ctx.sandbox,
    actions: options.actions,
    scopes,
    ignored: ctx.ignored.result(),
    apiCalls: calls.total(),
    aborted: ctx.signal?.aborted === true,
    client: ctx.client,
  });
  ctx.events.runFinished.emit({ runId, report });
  publishSync('run', () => ({
    phase: 'end',
    runId,
    scopes: names,
    dryRun,
    outcome: report.outcome,
    durationMs: report.durationMs,
  }));
  return report;
}

function notRun(scope: string): ScopeReport {
  return failedScopeReport(scope, undefined, true, {
    durationMs: 0,
    apiCalls: { read: 0, write: 0, retries: 0 },
  });
}
