import { publish, resilienceChannels } from './channels.js';
import { systemClock, type Clock } from './clock.js';
import { createEventSource, type Listen } from './events.js';
import { checkInteger, checkNumber } from './option-checks.js';
import {
  createQuotaGate,
  type BucketUsage,
  type QuotaBucket,
  type QuotaGate,
  type QuotaWaitEvent,
} from './quota-gate.js';
import {
  nextWindowSwitch,
  resolveWindowRule,
  windowAt,
  type QuotaWindow,
  type QuotaWindowOptions,
  type WindowRule,
} from './quota-window.js';

/** Calls allowed per rolling window (a minute by default), per bucket. */
export interface QuotaBudget {
  readonly reads: number;
  readonly writes: number;
}

/** The N2F quotas of domain.md §8: calls per minute in the day and night windows. */
export const DEFAULT_QUOTAS: { readonly day: QuotaBudget; readonly night: QuotaBudget } = {
  day: { reads: 60, writes: 10 },
  night: { reads: 200, writes: 50 },
};

/** Options of {@link createQuotaLimiter}; every field is optional. */
export interface QuotaLimiterOptions extends QuotaWindowOptions {
  /** Budget of the day window. @default { reads: 60, writes: 10 } */
  day?: QuotaBudget;
  /** Budget of the night window. @default { reads: 200, writes: 50 } */
  night?: QuotaBudget;
  /** Length of the rolling window; tests and scaled benchmarks shrink it. @default 60_000 */
  windowMs?: number;
  /** `false`: `acquire` never waits, usage still counts. @default true */
  enabled?: boolean;
  /** Source of time and waits. @default systemClock */
  clock?: Clock;
}

/**
 * The quotas a limiter enforces, described once: the budgets of both windows, the rolling window
 * length, whether calls wait, and which window is in force when (its day and night hours). A
 * plan's time estimate reads the same description, so estimate and limiter cannot disagree.
 */
export interface QuotaDescription {
  readonly day: QuotaBudget;
  readonly night: QuotaBudget;
  readonly windowMs: number;
  /** `false`: nothing waits, so only the pace of the calls bounds a run. */
  readonly enabled: boolean;
  /** The window in force at a time (epoch ms). */
  windowAt(epochMs: number): QuotaWindow;
}

/** Live figures of the limiter. */
export interface QuotaUsage {
  window: QuotaWindow;
  read: BucketUsage;
  write: BucketUsage;
  /** Set while a pause imposed by a 429 holds a bucket: the latest end of such a pause. */
  pausedUntil?: number;
}

/** Keeps N2F calls within the per-minute quotas of the window in force. */
export interface QuotaLimiter {
  /** Resolves when a call of `bucket` may go out; callers are served in order (FIFO per bucket). */
  acquire(bucket: QuotaBucket, signal?: AbortSignal): Promise<void>;
  /** Holds calls until `untilMs` (epoch ms), as a 429's Retry-After asks; both buckets when none given. */
  pause(untilMs: number, bucket?: QuotaBucket): void;
  usage(): QuotaUsage;
  /** The quotas this limiter enforces. */
  readonly quotas: QuotaDescription;
  /** Fires for each call that had to wait (also published on `resilience:wait`). */
  onWait: Listen<QuotaWaitEvent>;
}

interface ResolvedQuotaLimiterOptions {
  readonly day: QuotaBudget;
  readonly night: QuotaBudget;
  readonly rule: WindowRule;
  readonly windowMs: number;
  readonly enabled: boolean;
  readonly clock: Clock;
}

function resolveBudget(key: string, budget: QuotaBudget): QuotaBudget {
  return {
    reads: checkInteger(`${key}.reads`, budget.reads, 1),
    writes: checkInteger(`${key}.writes`, budget.writes, 1),
  };
}

/** Applies the defaults of domain.md §8 and fails fast, naming the bad option. */
function resolveQuotaLimiterOptions(
  options: QuotaLimiterOptions = {},
): ResolvedQuotaLimiterOptions {
  return {
    day: resolveBudget('day', options.day ?? DEFAULT_QUOTAS.day),
    night: resolveBudget('night', options.night ?? DEFAULT_QUOTAS.night),
    rule: resolveWindowRule(options),
    windowMs: checkInteger('windowMs', options.windowMs ?? 60_000, 1),
    enabled: options.enabled ?? true,
    clock: options.clock ?? systemClock,
  };
}

/** The window in force at a time and until when, recomputed only when it runs out. */
function createSchedule(rule: WindowRule): (now: number) => { window: QuotaWindow; until: number } {
  let current: { window: QuotaWindow; from: number; until: number } | undefined;
  return (now) => {
    if (!current || now < current.from || now >= current.until) {
      current = { window: windowAt(now, rule), from: now, until: nextWindowSwitch(now, rule) };
    }
    return current;
  };
}

/**
 * Creates the quota limiter: two independent rolling-window budgets (reads, writes) that switch
 * between day and night, never exceed the budget in force, and leave no idle gap when work waits.
 * @example
 * const limiter = createQuotaLimiter({ timeZone: 'Europe/Paris' });
 * await limiter.acquire('write', signal); // then send the POST
 */
export function createQuotaLimiter(options: QuotaLimiterOptions = {}): QuotaLimiter {
  const resolved = resolveQuotaLimiterOptions(options);
  const schedule = createSchedule(resolved.rule);
  const waits = createEventSource<QuotaWaitEvent>();
  const gate = (bucket: QuotaBucket, key: keyof QuotaBudget): QuotaGate =>
    createQuotaGate({
      bucket,
      clock: resolved.clock,
      windowMs: resolved.windowMs,
      enabled: resolved.enabled,
      limitAt: (now) => {
        const { window, until } = schedule(now);
        return { limit: resolved[window][key], until };
      },
      onWait: (event) => {
        publish(resilienceChannels.wait, event);
        waits.emit(event);
      },
    });
  const gates = { read: gate('read', 'reads'), write: gate('write', 'writes') };
  return {
    acquire: (bucket, signal) => gates[bucket].acquire(signal),
    pause(untilMs, bucket) {
      checkNumber('pause(untilMs)', untilMs, 0);
      for (const target of bucket ? [gates[bucket]] : [gates.read, gates.write])
        target.pause(untilMs);
    },
    usage() {
      const now = resolved.clock.now();
      const pausedUntil = Math.max(gates.read.pausedUntil, gates.write.pausedUntil);
      return {
        window: schedule(now).window,
        read: gates.read.usage(now),
        write: gates.write.usage(now),
        ...(pausedUntil > now ? { pausedUntil } : {}),
      };
    },
    quotas: {
      day: resolved.day,
      night: resolved.night,
      windowMs: resolved.windowMs,
      enabled: resolved.enabled,
      windowAt: (epochMs) => schedule(epochMs).window,
    },
    onWait: waits.on,
  };
}
