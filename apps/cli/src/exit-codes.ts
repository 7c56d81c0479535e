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

/** Wrong arguments: the message says what and how to fix it (exit code 2). */
export class UsageError extends Error {
  readonly fix: string;
  constructor(problem: string, fix: string) {
    super(problem);
    this.name = 'UsageError';
    this.fix = fix;
  }
}
