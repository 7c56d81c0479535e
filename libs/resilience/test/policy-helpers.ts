import { ApiError, NetworkError, RateLimitError, TimeoutError } from '../src/index.js';
import type { ManualClock } from '../src/testing.js';

/** A transient failure (the connection dropped). */
export const networkDown = (): NetworkError => new NetworkError('socket hang up');

/** A transient failure (no answer within the attempt's time). */
export const noAnswer = (): TimeoutError => new TimeoutError('No result within 1000 ms.', 1_000);

/** N2F answered 503: up, but failing. */
export const serverError = (): ApiError =>
  new ApiError('N2F answered 503', { status: 503, method: 'GET', url: '/users' });

/** N2F said 429 and asked to wait `retryAfterMs`. */
export const tooManyRequests = (retryAfterMs: number): RateLimitError =>
  new RateLimitError('N2F quota exceeded', {
    status: 429,
    method: 'POST',
    url: '/users',
    retryAfterMs,
  });

/** N2F refused the payload: not transient. */
export const badRequest = (): ApiError =>
  new ApiError('N2F refused the payload', { status: 400, method: 'POST', url: '/users' });

/**
 * A function that plays `outcomes` in turn (an error is thrown, anything else is returned) and
 * records the clock time of each call.
 */
export function scripted<T>(now: () => number, outcomes: readonly (T | Error)[]) {
  const calls: number[] = [];
  const fn = async (): Promise<T> => {
    const outcome = outcomes[calls.length] ?? outcomes.at(-1);
    calls.push(now());
    if (outcome instanceof Error) throw outcome;
    return outcome as T;
  };
  return { fn, calls };
}

/** Advances `clock` a second at a time until `promise` settles; returns its value or error. */
export async function settle<T>(
  promise: Promise<T>,
  clock: ManualClock,
): Promise<{ value: T } | { error: unknown }> {
  let done = false;
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  void outcome.then(() => (done = true));
  while (!done) await clock.advance(1_000);
  return outcome;
}
