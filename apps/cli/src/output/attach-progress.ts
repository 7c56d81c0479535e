import type { ScopeReport, SyncRun } from '@n2f/sync-core';
import { plural } from './format.js';
import type { Progress } from './progress.js';

/** Feeds the run's events to the progress display; returns what to dispose. */
export function attachProgress(run: SyncRun, progress: Progress): { dispose(): void } {
  const subscriptions = [
    run.onPlanReady(({ scope, plan }) => progress.planned(scope, plan.creates.length + plan.updates.length + plan.deletes.length)),
    run.onOperationDone((event) => progress.tick(event)),
    run.onScopeFinished(({ scope, report }) => progress.finished(scope, scopeLine(report))),
  ];
  return { dispose: () => subscriptions.forEach((subscription) => subscription.dispose()) };
}

/** `success: 12 created, 3 updated, 40 unchanged` — only the counts that are not zero. */
export function scopeLine(report: ScopeReport): string {
  const counts = Object.entries(report.counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${name}`);
  const guard = report.guard === undefined ? '' : `; deletes held back (${report.guard.reason})`;
  const error = report.error === undefined ? '' : `; ${report.error.message}`;
  return `${report.status}: ${counts.length === 0 ? 'nothing to do' : counts.join(', ')}${guard}${error} (${plural(report.apiCalls.write, 'API write')})`;
}
