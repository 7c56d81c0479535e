import { abortedError, whenAborted } from './abort.js';

/** A source of time and of waits. The limiter and the retry policy take one, so tests can drive time. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with an `AbortedError` as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now()` and `setTimeout`, so vitest fake timers drive it too. */
export const systemClock: Clock = {
  now: (): number => Date.now(),
  sleep: (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortedError(signal));
        return;
      }
      const stopListening = whenAborted(signal, () => {
        clearTimeout(timer);
        if (signal) reject(abortedError(signal));
      });
      const timer = setTimeout(() => {
        stopListening();
        resolve();
      }, ms);
    }),
};
