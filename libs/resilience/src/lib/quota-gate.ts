import { abortedError, throwIfAborted, whenAborted } from './abort.js';
import type { Clock } from './clock.js';
import { RollingLog } from './rolling-log.js';

/** The two N2F quotas: GET calls, and POST/PUT/DELETE (the auth call included). */
export type QuotaBucket = 'read' | 'write';

/** A call that had to wait before going out (`resilience:wait`). */
export interface QuotaWaitEvent {
  readonly bucket: QuotaBucket;
  readonly waitedMs: number;
  /** `retry-after` when a pause imposed by a 429 held the call, `quota` otherwise. */
  readonly reason: 'quota' | 'retry-after';
}

/** Live figures of one bucket. */
export interface BucketUsage {
  /** Calls allowed per rolling window in the window (day/night) in force. */
  limit: number;
  /** Calls made in the current rolling window. */
  used: number;
  remaining: number;
  /** Calls let through since the limiter was created. */
  total: number;
  /** Calls that had to wait, and how long they waited in all. */
  waits: number;
  waitedMs: number;
  /** Callers waiting now. */
  queued: number;
}

/** What a gate needs to know from its limiter. */
export interface GateSettings {
  readonly bucket: QuotaBucket;
  readonly clock: Clock;
  readonly windowMs: number;
  readonly enabled: boolean;
  /** The limit in force at `now`, and until when it holds. */
  limitAt(now: number): { readonly limit: number; readonly until: number };
  onWait(event: QuotaWaitEvent): void;
}

interface Waiter {
  readonly enqueuedAt: number;
  readonly resolve: () => void;
  readonly stopListening: () => void;
}

/** One bucket: a rolling log of calls, a FIFO of waiting callers and the pump that serves them. */
export interface QuotaGate {
  acquire(signal?: AbortSignal): Promise<void>;
  pause(untilMs: number): void;
  readonly pausedUntil: number;
  usage(now: number): BucketUsage;
}

/** Creates the gate of one bucket. */
export function createQuotaGate(settings: GateSettings): QuotaGate {
  const { clock } = settings;
  const log = new RollingLog(settings.windowMs);
  const queue: Waiter[] = [];
  const stats = { total: 0, waits: 0, waitedMs: 0 };
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let sleeper: AbortController | undefined;
  let pumping = false;

  /** The earliest time the next call may go out: a free slot, a limit change, and any pause. */
  const readyAt = (now: number): number => {
    const { limit, until } = settings.limitAt(now);
    const freeAt = log.count(now) < limit ? now : Math.min(log.freeAt(limit), until);
    return Math.max(freeAt, pausedUntil);
  };
  const take = (now: number): void => {
    log.record(now);
    stats.total += 1;
  };
  const grant = (waiter: Waiter, now: number): void => {
    take(now);
    waiter.stopListening();
    const waitedMs = now - waiter.enqueuedAt;
    if (waitedMs > 0) {
      stats.waits += 1;
      stats.waitedMs += waitedMs;
      // A pause that ended after the caller queued held it up, wholly or in part.
      const reason = pausedUntil > waiter.enqueuedAt ? 'retry-after' : 'quota';
      settings.onWait({ bucket: settings.bucket, waitedMs, reason });
    }
    waiter.resolve();
  };

  /** Serves the queue in order; sleeps exactly until the next call may go out. */
  const pump = async (): Promise<void> => {
    pumping = true;
    try {
      for (let head = queue[0]; head; head = queue[0]) {
        const now = clock.now();
        const at = readyAt(now);
        if (at <= now) {
          queue.shift();
          grant(head, now);
          continue;
        }
        sleeper = new AbortController();
        // Aborted only when the queue empties, so no timer outlives the last waiter.
        await clock.sleep(at - now, sleeper.signal).catch(() => undefined);
      }
    } finally {
      pumping = false;
      sleeper = undefined;
    }
  };

  const enqueue = (signal: AbortSignal | undefined): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        enqueuedAt: clock.now(),
        resolve,
        stopListening: whenAborted(signal, () => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          if (queue.length === 0) sleeper?.abort();
          if (signal) reject(abortedError(signal));
        }),
      };
      queue.push(waiter);
      if (!pumping) void pump();
    });

  return {
    async acquire(signal?: AbortSignal): Promise<void> {
      throwIfAborted(signal);
      const now = clock.now();
      if (!settings.enabled || (queue.length === 0 && readyAt(now) <= now)) {
        take(now);
        return;
      }
      await enqueue(signal);
    },
    pause(untilMs: number): void {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
    get pausedUntil(): number {
      return pausedUntil;
    },
    usage(now: number): BucketUsage {
      const { limit } = settings.limitAt(now);
      const used = log.count(now);
      return { limit, used, remaining: Math.max(0, limit - used), ...stats, queued: queue.length };
    },
  };
}
