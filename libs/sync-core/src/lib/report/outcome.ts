import type { Counts, Outcome, RunReport, ScopeReport, Shortfall } from './report-types.js';

const SEVERITY: readonly Shortfall[] = [
  'interrupted',
  'scope-failed',
  'guard-held',
  'failures',
  'skipped',
  'invalid-rows',
];

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

/** The outcome made of these shortfalls (any order, repeats allowed): `success` when none. */
export function outcomeOf(shortfalls: Iterable<Shortfall>): Outcome {
  const present = new Set(shortfalls);
  const ordered = SEVERITY.filter((shortfall) => present.has(shortfall));
  return { kind: ordered[0] ?? 'success', shortfalls: ordered };
}

/** What fell short in one scope, from what its report says. */
export function scopeOutcome(input: {
  readonly interrupted: boolean;
  readonly failed: boolean;
  readonly guardHeld: boolean;
  readonly failures: number;
  /** Entities skipped for a reason of their own (drift, a failed create), not by a stop. */
  readonly skipped?: number;
  readonly invalid: number;
}): Outcome {
  const shortfalls: Shortfall[] = [];
  if (input.interrupted) shortfalls.push('interrupted');
  if (input.failed) shortfalls.push('scope-failed');
  if (input.guardHeld) shortfalls.push('guard-held');
  if (input.failures > 0) shortfalls.push('failures');
  if ((input.skipped ?? 0) > 0) shortfalls.push('skipped');
  if (input.invalid > 0) shortfalls.push('invalid-rows');
  return outcomeOf(shortfalls);
}

/** A run's outcome: every shortfall of its scopes, and `interrupted` when it was stopped. */
export function runResultOf(
  scopes: readonly { readonly result: Outcome }[],
  interrupted: boolean,
): Outcome {
  const shortfalls = scopes.flatMap((scope) => scope.result.shortfalls);
  return outcomeOf(interrupted ? ['interrupted', ...shortfalls] : shortfalls);
}

/** The overall status: aborted, failed (every scope failed), partial (anything short of clean), success. */
export function runOutcomeOf(
  scopes: readonly ScopeReport[],
  aborted: boolean,
): RunReport['outcome'] {
  if (aborted) return 'aborted';
  if (scopes.length > 0 && scopes.every((s) => s.status === 'failed')) return 'failed';
  const shortfalls = runResultOf(scopes, false).shortfalls.filter((s) => s !== 'interrupted');
  return shortfalls.length === 0 ? 'success' : 'partial';
}
