import type { N2fClient } from '@n2f/n2f-client';
import { runOutcomeOf, runResultOf, sumCounts } from './outcome.js';
import type { IgnoredRows } from './ignored-rows.js';
import type { RunReport, ScopeReport, SyncAction } from './report-types.js';

/** What a run's report is made of. */
export interface RunReportInput {
  readonly runId: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly durationMs: number;
  /** Whether the plan was only reported, nothing sent. */
  readonly dryRun: boolean;
  readonly sandbox: boolean;
  readonly actions: readonly SyncAction[];
  readonly scopes: readonly ScopeReport[];
  readonly ignored: readonly IgnoredRows[];
  readonly apiCalls: RunReport['apiCalls'];
  readonly aborted: boolean;
  /** The client whose quota use ends the report. */
  readonly client: N2fClient;
}

/** A run's report: every scope's, their totals, the typed outcome and the quota use at the end. */
export function runReport(input: RunReportInput): RunReport {
  const quota = input.client.usage().quota;
  return {
    runId: input.runId,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: input.durationMs,
    dryRun: input.dryRun,
    sandbox: input.sandbox,
    actions: input.actions,
    outcome: runOutcomeOf(input.scopes, input.aborted),
    result: runResultOf(input.scopes, input.aborted),
    scopes: input.scopes,
    totals: sumCounts(input.scopes.map((s) => s.counts)),
    ignored: input.ignored,
    apiCalls: input.apiCalls,
    quota: {
      window: quota.window,
      reads: { used: quota.read.used, limit: quota.read.limit },
      writes: { used: quota.write.used, limit: quota.write.limit },
    },
  };
}
