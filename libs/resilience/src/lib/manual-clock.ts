import { abortedError, whenAborted } from './abort.js';
import type { Clock } from './clock.js';

/** A clock that only moves when told to: for tests of anything that takes a {@link Clock}. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, waking due sleepers in time order and letting their follow-ups run. */
  advance(ms: number): Promise<void>;
  /** Moves time forward to `epochMs`, like {@link ManualClock.advance}. */
  advanceTo(epochMs: number): Promise<void>;
  /** How many sleeps are still waiting. */
  readonly pending: number;
}

interface Sleeper {
  readonly due: number;
  readonly wake: () => void;
}

// Captured at load, so tests that also install fake timers cannot freeze the flush.
const realSetImmediate = globalThis.setImmediate;
const flush = (): Promise<void> => new Promise((resolve) => realSetImmediate(resolve));

/**
 * Creates a manual clock starting at `startMs` (epoch ms). Sleeps of 0 ms or less resolve at once.
 * @example
 * const clock = createManualClock(Date.parse('2026-03-29T17:59:00Z'));
 * const limiter = createQuotaLimiter({ clock });
 * await clock.advance(60_000);
 */
export function createManualClock(startMs = 0): ManualClock {
  let now = startMs;
  const sleepers: Sleeper[] = [];
  const remove = (sleeper: Sleeper): void => {
    const index = sleepers.indexOf(sleeper);
    if (index >= 0) sleepers.splice(index, 1);
  };
  const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortedError(signal));
      if (ms <= 0) return resolve();
      const stopListening = whenAborted(signal, () => {
        remove(sleeper);
        if (signal) reject(abortedError(signal));
      });
      const sleeper: Sleeper = { due: now + ms, wake: () => (stopListening(), resolve()) };
      // Kept in due order; equal due times wake in the order they were set.
      const at = sleepers.findIndex((other) => other.due > sleeper.due);
      sleepers.splice(at < 0 ? sleepers.length : at, 0, sleeper);
      return undefined;
    });
  const advanceTo = async (epochMs: number): Promise<void> => {
    if (epochMs < now)
      throw new RangeError(`A manual clock cannot go back (now ${now}, asked ${epochMs}).`);
    await flush();
    for (let next = sleepers[0]; next && next.due <= epochMs; next = sleepers[0]) {
      sleepers.shift();
      now = next.due;
      next.wake();
      await flush();
    }
    now = epochMs;
  };
  return {
    now: () => now,
    sleep,
    advanceTo,
    advance: (ms) => advanceTo(now + ms),
    get pending() {
      return sleepers.length;
    },
  };
}
