import { BACKOFFS, type Backoff } from './backoff.js';
import { systemClock, type Clock } from './clock.js';
import { ConfigurationError } from './errors.js';
import { checkInteger, checkNumber, checkOneOf } from './option-checks.js';

/** Longest delay a Node.js timer can wait. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Options of {@link retryPolicy}; every field is optional. */
export interface RetryOptions {
  /** Names the policy in events and channel messages. @default 'retry' */
  name?: string;
  /** Attempts in all, the first included; waits on a 429 do not count. @default 3 */
  maxAttempts?: number;
  /** Shape of the delays between attempts. @default 'exponential' */
  backoff?: Backoff;
  /** First delay. @default 1_000 */
  initialDelayMs?: number;
  /** Cap of every back-off delay. @default 30_000 */
  maxDelayMs?: number;
  /** 429 waits allowed in one `execute`, so a 429 storm ends with the RateLimitError. @default 10 */
  maxRateLimitWaits?: number;
  /** Longest Retry-After honoured; a longer one gives up at once with the RateLimitError. @default 120_000 */
  maxRetryAfterMs?: number;
  /** Source of time and waits (tests pass a manual clock). @default systemClock */
  clock?: Clock;
}

/** Retry options with every default applied. */
export type ResolvedRetryOptions = Readonly<Required<RetryOptions>>;

/** Applies the defaults and fails fast, naming the bad option. */
export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  const initialDelayMs = checkNumber(
    'initialDelayMs',
    options.initialDelayMs ?? 1_000,
    0,
    MAX_TIMER_MS,
  );
  const maxDelayMs = checkNumber('maxDelayMs', options.maxDelayMs ?? 30_000, 0, MAX_TIMER_MS);
  if (maxDelayMs < initialDelayMs) {
    throw new ConfigurationError(
      'maxDelayMs',
      `(${maxDelayMs}) is below initialDelayMs (${initialDelayMs})`,
      'raise maxDelayMs or lower initialDelayMs',
    );
  }
  return {
    name: options.name ?? 'retry',
    maxAttempts: checkInteger('maxAttempts', options.maxAttempts ?? 3, 1),
    backoff: checkOneOf('backoff', options.backoff ?? 'exponential', BACKOFFS),
    initialDelayMs,
    maxDelayMs,
    maxRateLimitWaits: checkInteger('maxRateLimitWaits', options.maxRateLimitWaits ?? 10, 0),
    maxRetryAfterMs: checkNumber(
      'maxRetryAfterMs',
      options.maxRetryAfterMs ?? 120_000,
      0,
      MAX_TIMER_MS,
    ),
    clock: options.clock ?? systemClock,
  };
}
