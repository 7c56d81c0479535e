import type { IBackoff } from 'cockatiel';
import { abortedError, throwIfAborted } from './abort.js';
import { backoffFactory } from './backoff.js';
import { publish, resilienceChannels } from './channels.js';
import { createEventSource, type Listen } from './events.js';
import { isCircuitOpenError, isRateLimitError, isSyncError } from './guards.js';
import type { Policy, PolicyContext } from './policy.js';
import {
  resolveRetryOptions,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry-options.js';
import type { SyncError } from './sync-error.js';

/** A failed attempt that will be retried after `delayMs`. */
export interface RetryEvent {
  /** The attempt that failed, 1-based. */
  readonly attempt: number;
  readonly delayMs: number;
  /** `retry-after` for a 429's wait (not counted as an attempt), `backoff` otherwise. */
  readonly reason: 'backoff' | 'retry-after';
  readonly error: SyncError;
}

/** A transient failure the policy stops retrying: attempts or 429 waits are spent. */
export interface GiveUpEvent {
  readonly attempts: number;
  readonly error: SyncError;
}

/** A retry policy, with typed events for embedders (the same facts go to the channels). */
export interface RetryPolicy extends Policy {
  readonly onRetry: Listen<RetryEvent>;
  readonly onGiveUp: Listen<GiveUpEvent>;
}

type Step = { readonly delayMs: number; readonly reason: RetryEvent['reason'] } | 'give-up';

/** Per-`execute` state: the back-off reached so far and the 429 waits spent. */
class RetryState {
  #backoff: IBackoff<unknown> | undefined;
  rateLimitWaits = 0;

  constructor(private readonly options: ResolvedRetryOptions) {}

  /** What to do after `error` ended `attempt`; only transient errors get here. */
  next(error: SyncError, attempt: number): Step {
    const { maxRateLimitWaits, maxRetryAfterMs, maxAttempts } = this.options;
    // An open circuit already says when to try again: waiting here would only multiply the time.
    if (isCircuitOpenError(error)) return 'give-up';
    if (isRateLimitError(error)) {
      const delayMs = Math.max(0, error.retryAfterMs || 0);
      if (this.rateLimitWaits >= maxRateLimitWaits || delayMs > maxRetryAfterMs) return 'give-up';
      this.rateLimitWaits += 1;
      return { delayMs, reason: 'retry-after' };
    }
    if (attempt - this.rateLimitWaits >= maxAttempts) return 'give-up';
    const { backoff, initialDelayMs, maxDelayMs } = this.options;
    this.#backoff = this.#backoff
      ? this.#backoff.next(undefined)
      : backoffFactory(backoff, initialDelayMs, maxDelayMs).next(undefined);
    // Whole milliseconds: jittered delays are fractions.
    return { delayMs: Math.round(this.#backoff.duration), reason: 'backoff' };
  }
}

/**
 * Retries transient errors (network, timeout, 5xx, 429) with back-off; a 429 waits its
 * Retry-After without spending an attempt; a `CircuitOpenError` gives up at once. Other errors,
 * and non-family errors, pass through unchanged after one call. Publishes `resilience:retry`
 * and `resilience:giveup`.
 * @example
 * const policy = retryPolicy({ maxAttempts: 4, backoff: 'exponential', initialDelayMs: 1_000 });
 * const users = await policy.execute(({ signal }) => client.listUsers({ signal }), signal);
 */
export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const resolved = resolveRetryOptions(options);
  const { name: policy, clock } = resolved;
  const retries = createEventSource<RetryEvent>();
  const giveUps = createEventSource<GiveUpEvent>();

  const failed = async (
    error: unknown,
    attempt: number,
    state: RetryState,
    signal?: AbortSignal,
  ): Promise<void> => {
    if (!isSyncError(error) || !error.transient) throw error;
    if (signal?.aborted) throw abortedError(signal);
    const step = state.next(error, attempt);
    if (step === 'give-up') {
      publish(resilienceChannels.giveup, { policy, attempts: attempt, errorCode: error.code });
      giveUps.emit({ attempts: attempt, error });
      throw error;
    }
    publish(resilienceChannels.retry, {
      policy,
      attempt,
      delayMs: step.delayMs,
      errorCode: error.code,
    });
    retries.emit({ attempt, ...step, error });
    await clock.sleep(step.delayMs, signal);
  };

  return {
    name: policy,
    onRetry: retries.on,
    onGiveUp: giveUps.on,
    async execute<T>(fn: (ctx: PolicyContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
      const state = new RetryState(resolved);
      const ctxSignal = signal ?? new AbortController().signal;
      for (let attempt = 1; ; attempt += 1) {
        throwIfAborted(signal);
        try {
          return await fn({ signal: ctxSignal, attempt });
        } catch (error) {
          await failed(error, attempt, state, signal);
        }
      }
    },
  };
}
