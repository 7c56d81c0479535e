import type { Counts, RunReport, ScopeReport } from './report-types.js';

/** Zeroed counts. */
export function emptyCounts(): Counts {
  return { created: 0, updated: 0, deleted: 0, unchanged: 0, invalid: 0, failed: 0, skipped: 0 };
}

/** Adds up the counts of several scopes. */
export function sumCounts(all: readonly Counts[]): Counts {
  const total = emptyCounts();
  for (const counts of all) {
    for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += counts[key];
  }
  return total;
}

/**
 * The exit code of domain.md §7 for a set of scope reports: 4 when a scope could not run, else
 * 3 when a guard held deletes, else 1 when entities failed or were invalid, else 0.
 */
export function exitCodeOf(scopes: readonly ScopeReport[]): RunReport['exitCode'] {
  if (scopes.some((s) => s.status === 'failed')) return 4;
  if (scopes.some((s) => s.guard)) return 3;
  if (scopes.some((s) => s.counts.failed > 0 || s.counts.invalid > 0)) return 1;
  return 0;
}

/** The overall outcome: aborted, failed (every scope failed), partial (anything short of clean), success. */
export function runOutcomeOf(
  scopes: readonly ScopeReport[],
  aborted: boolean,
): RunReport['outcome'] {
  if (aborted) return 'aborted';
  if (scopes.length > 0 && scopes.every((s) => s.status === 'failed')) return 'failed';
  return exitCodeOf(scopes) === 0 ? 'success' : 'partial';
}
