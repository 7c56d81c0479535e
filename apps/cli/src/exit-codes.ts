import type { Outcome } from '@n2f/sync-core';

/** The process exit codes of domain.md §7; 0–4 only, whatever happens. */
export const EXIT = {
  /** Everything was done. */
  ok: 0,
  /** Some entities failed or were invalid; the rest was done. */
  entities: 1,
  /** Bad usage or configuration; nothing was done. */
  usage: 2,
  /** A safety guard held back deletes. */
  guard: 3,
  /** A scope (or a check) could not run at all. */
  scope: 4,
} as const;

/** One of the exit codes of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code of a run's (or a plan's) outcome: 4 when a scope could not run, else 3 when a
 * guard held deletes, else 1 when entities failed or were invalid, else 0.
 */
export function exitCodeOf(outcome: Outcome): ExitCode {
  const shortfalls = new Set(outcome.shortfalls);
  if (shortfalls.has('scope-failed')) return EXIT.scope;
  if (shortfalls.has('guard-held')) return EXIT.guard;
  if (shortfalls.has('failures') || shortfalls.has('invalid-rows')) return EXIT.entities;
  return EXIT.ok;
}

/** Wrong arguments: the message says what and how to fix it (exit code 2). */
export class UsageError extends Error {
  readonly fix: string;
  constructor(problem: string, fix: string) {
    super(problem);
    this.name = 'UsageError';
    this.fix = fix;
  }
}
