import type { Outcome, Shortfall } from '@n2f/sync-core';

/** The process exit codes of domain.md §7: 0–4, and the shell's codes for an interrupted run. */
export const EXIT = {
  /** Everything was done. */
  ok: 0,
  /** Some entities failed, were invalid or were skipped (drifted since a saved plan); the rest was done. */
  entities: 1,
  /** Bad usage or configuration; nothing was done. */
  usage: 2,
  /** A safety guard held back deletes. */
  guard: 3,
  /** A scope (or a check) could not run at all, e.g. N2F unreachable. */
  scope: 4,
  /** Stopped by Ctrl-C (SIGINT; Ctrl-Break, SIGBREAK, on Windows): 128 + 2, as the shell reports it. */
  interrupted: 130,
  /** Stopped by SIGTERM (systemd, kill): 128 + 15. */
  terminated: 143,
} as const;

/** What falls short entity by entity: the rest of the run was done (exit 1). */
const ENTITY_SHORTFALLS: readonly Shortfall[] = ['failures', 'skipped', 'invalid-rows'];

/** One of the exit codes of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The exit code of a run's (or a plan's) outcome: 130 (143 after SIGTERM) when it was
 * interrupted, else 4 when a scope could not run, else 3 when a guard held deletes, else 1 when
 * entities failed, were invalid or were skipped, else 0.
 */
export function exitCodeOf(outcome: Outcome, stoppedBy?: NodeJS.Signals): ExitCode {
  const shortfalls = new Set(outcome.shortfalls);
  if (shortfalls.has('interrupted')) return stoppedBy === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
  if (shortfalls.has('scope-failed')) return EXIT.scope;
  if (shortfalls.has('guard-held')) return EXIT.guard;
  if (ENTITY_SHORTFALLS.some((shortfall) => shortfalls.has(shortfall))) return EXIT.entities;
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
