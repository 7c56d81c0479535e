import { TimeoutStrategy, isTaskCancelledError, timeout } from 'cockatiel';
import { abortedError, throwIfAborted, whenAborted } from './abort.js';
import { TimeoutError } from './errors.js';
import { checkNumber } from './option-checks.js';
import type { Policy, PolicyContext } from './policy.js';
import { MAX_TIMER_MS } from './retry-options.js';

/** Options of {@link timeoutPolicy}. */
export interface TimeoutOptions {
  /** Names the policy in errors. @default 'timeout' */
  name?: string;
}

/**
 * Gives each call `ms` milliseconds: then aborts `ctx.signal` (its `reason` is the error) and
 * rejects at once with a `TimeoutError` (transient, so an outer retry tries again). A caller's
 * abort gives `AbortedError`.
 * @example
 * const result = await timeoutPolicy(30_000).execute(({ signal }) => fetch(url, { signal }));
 */
export function timeoutPolicy(ms: number, options: TimeoutOptions = {}): Policy {
  checkNumber('timeoutMs', ms, 1, MAX_TIMER_MS);
  const name = options.name ?? 'timeout';
  const inner = timeout(ms, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: true });
  const timedOut = (cause: unknown): TimeoutError =>
    new TimeoutError(`No result within ${ms} ms (policy "${name}").`, ms, {
      cause,
      context: { policy: name },
    });
  return {
    name,
    async execute<T>(fn: (ctx: PolicyContext) => Promise<T>, signal?: AbortSignal): Promise<T> {
      throwIfAborted(signal);
      const attempt = async ({ signal: attemptSignal }: { signal: AbortSignal }): Promise<T> => {
        // The signal handed out says why it aborted: the caller's AbortedError or our TimeoutError.
        const handed = new AbortController();
        const stop = whenAborted(attemptSignal, () =>
          handed.abort(signal?.aborted ? abortedError(signal) : timedOut(attemptSignal.reason)),
        );
        try {
          return await fn({ signal: handed.signal, attempt: 1 });
        } catch (error) {
          // A function that rejects as soon as its signal aborts (fetch does) beats cockatiel's rejection.
          if (!handed.signal.aborted) throw error;
          throw handed.signal.reason;
        } finally {
          stop();
        }
      };
      try {
        return await inner.execute(attempt, signal);
      } catch (error) {
        if (!isTaskCancelledError(error)) throw error;
        throw signal?.aborted ? abortedError(signal) : timedOut(error);
      }
    },
  };
}
