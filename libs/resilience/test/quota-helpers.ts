import { isAbortedError, type QuotaBucket, type QuotaLimiter } from '../src/index.js';
import type { ManualClock } from '../src/testing.js';

/**
 * The worst overrun of a budget: over every rolling window that ends at a call, the number of
 * calls in it minus the budget in force at that call. At most 0 means the quota always held.
 */
export function worstExcess(
  stamps: readonly number[],
  windowMs: number,
  budgetAt: (t: number) => number,
): number {
  let worst = Number.NEGATIVE_INFINITY;
  let first = 0;
  stamps.forEach((t, last) => {
    while ((stamps[first] ?? t) <= t - windowMs) first += 1;
    worst = Math.max(worst, last - first + 1 - budgetAt(t));
  });
  return worst;
}

/** Calls made in [from, to). */
export const callsBetween = (stamps: readonly number[], from: number, to: number): number =>
  stamps.filter((t) => t >= from && t < to).length;

/**
 * Starts `workers` loops that each acquire a slot, record its time and spend `callMs` on a fake
 * call, forever. `stop()` aborts them and returns the recorded times, in order.
 */
export function runWorkers(
  clock: ManualClock,
  limiter: QuotaLimiter,
  options: { bucket: QuotaBucket; workers: number; callMs: number },
): { stop(): Promise<number[]> } {
  const stamps: number[] = [];
  const controller = new AbortController();
  const loop = async (): Promise<void> => {
    for (;;) {
      await limiter.acquire(options.bucket, controller.signal);
      stamps.push(clock.now());
      await clock.sleep(options.callMs, controller.signal);
    }
  };
  const loops = Array.from({ length: options.workers }, () =>
    loop().catch((error: unknown) => {
      if (!isAbortedError(error)) throw error;
    }),
  );
  return {
    async stop() {
      controller.abort();
      await Promise.all(loops);
      return stamps;
    },
  };
}
