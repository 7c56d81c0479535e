import {
  createQuotaLimiter,
  isAbortedError,
  systemClock,
  type Clock,
  type QuotaLimiter,
} from '@n2f/resilience';
import { createManualClock } from '@n2f/resilience/testing';
import { median, type Bench, type Figure } from '../lib/harness.js';

const SCALED_WINDOW_MS = 1_000;
// Callers stamp a call when their await resumes, up to a few ms after the limiter let it go.
const STAMP_LAG_MS = 5;
const SCALED_RUN_MS = 10_000;
const BUDGET = 50;
const OVERHEAD_CALLS = 100_000;

/** Most calls in any rolling window that ends at a call. */
function worstWindow(stamps: readonly number[], windowMs: number): number {
  let worst = 0;
  let first = 0;
  stamps.forEach((t, last) => {
    while ((stamps[first] ?? t) <= t - windowMs) first += 1;
    worst = Math.max(worst, last - first + 1);
  });
  return worst;
}

/** `workers` loops of acquire + a call of `callMs` until `until` on the limiter's clock, or an abort. */
async function saturate(
  limiter: QuotaLimiter,
  clock: Clock,
  options: { workers: number; callMs: number; until: number; signal?: AbortSignal },
): Promise<number[]> {
  const stamps: number[] = [];
  const loop = async (): Promise<void> => {
    while (clock.now() < options.until) {
      await limiter.acquire('write', options.signal);
      if (clock.now() < options.until) stamps.push(clock.now());
      await clock.sleep(options.callMs, options.signal);
    }
  };
  const stopped = (error: unknown): void => {
    if (!isAbortedError(error)) throw error;
  };
  await Promise.all(Array.from({ length: options.workers }, () => loop().catch(stopped)));
  return stamps;
}

/** Real timers, a 1 s window: how close to the budget queued work gets, and that it never passes it. */
async function scaledRealTime(): Promise<Figure[]> {
  const budget = { reads: 200, writes: BUDGET };
  const limiter = createQuotaLimiter({ day: budget, night: budget, windowMs: SCALED_WINDOW_MS });
  const start = Date.now();
  const stamps = await saturate(limiter, systemClock, {
    workers: 200,
    callMs: 5,
    until: start + SCALED_RUN_MS,
  });
  const allowed = (SCALED_RUN_MS / SCALED_WINDOW_MS) * BUDGET;
  return [
    {
      name: 'real timers, 1 s window: quota reached',
      value: (100 * stamps.length) / allowed,
      unit: '%',
      target: { op: '>=', value: 99 },
    },
    {
      name: `real timers: most calls in any ${SCALED_WINDOW_MS - STAMP_LAG_MS} ms`,
      value: worstWindow(stamps, SCALED_WINDOW_MS - STAMP_LAG_MS),
      unit: 'calls',
      target: { op: '<=', value: BUDGET },
    },
  ];
}

/** A manual clock: one night hour of 1,000 queued writers, and the wall time it takes to simulate. */
async function simulatedHour(): Promise<Figure[]> {
  const start = Date.parse('2026-01-15T20:00:00Z'); // 21:00 in Paris: night, 50 writes/min
  const clock = createManualClock(start);
  const limiter = createQuotaLimiter({ clock });
  const until = start + 3_600_000;
  const began = performance.now();
  const controller = new AbortController();
  const options = { workers: 1_000, callMs: 200, until, signal: controller.signal };
  const run = saturate(limiter, clock, options);
  await clock.advanceTo(until);
  controller.abort(); // the callers still queued when the hour ends
  const stamps = await run;
  return [
    {
      name: 'simulated night hour: quota reached',
      value: (100 * stamps.length) / (60 * BUDGET),
      unit: '%',
      target: { op: '>=', value: 99 },
    },
    {
      name: 'simulated night hour: most calls in any minute',
      value: worstWindow(stamps, 60_000),
      unit: 'calls',
      target: { op: '<=', value: BUDGET },
    },
    { name: 'simulated night hour: wall time', value: performance.now() - began, unit: 'ms' },
  ];
}

/** Cost of `acquire` when the budget is not the limit (median of 3 rounds). */
async function overhead(): Promise<Figure[]> {
  const rates: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const huge = { reads: 1e9, writes: 1e9 };
    const limiter = createQuotaLimiter({ day: huge, night: huge });
    const began = performance.now();
    for (let i = 0; i < OVERHEAD_CALLS; i += 1) await limiter.acquire(i % 2 ? 'read' : 'write');
    rates.push(OVERHEAD_CALLS / ((performance.now() - began) / 1000));
  }
  return [{ name: 'acquire under budget', value: Math.round(median(rates)), unit: 'ops/s' }];
}

/** The quota limiter: reach and safety with real timers and over a simulated hour, and its overhead. */
export const bench: Bench = {
  name: 'limiter',
  description: `@n2f/resilience quota limiter: ${BUDGET} writes per window, queued work`,
  async run() {
    return [...(await scaledRealTime()), ...(await simulatedHour()), ...(await overhead())];
  },
};
