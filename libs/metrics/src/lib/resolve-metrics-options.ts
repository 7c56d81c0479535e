import type { MetricsBuckets } from './instruments.js';
import type { MemorySample } from './memory-stats.js';
import { createRegistry } from './registry.js';
import type { Registry } from './types.js';

/** Options of `createMetrics`; all optional. */
export interface MetricsOptions {
  /** Registry to record into (share one with your own families). @default a new registry */
  registry?: Registry;
  /** Prefix of every name in the Prometheus output. @default 'n2f_sync_' */
  prefix?: string;
  /** Memory sampling interval while a scope runs, ms; 0 samples at events only. @default 1000 */
  sampleIntervalMs?: number;
  /** Reads process memory. @default process.memoryUsage (rss, heapUsed) */
  memoryUsage?: () => MemorySample;
  /** Clock in ms since the epoch, for the timestamps of the snapshot. @default Date.now */
  now?: () => number;
  /** Histogram buckets in seconds. @default see MetricsBuckets */
  buckets?: MetricsBuckets;
  /** Most runs and scope runs kept for the snapshot's `operations` (oldest dropped). @default 1000 */
  maxOperations?: number;
}

/** {@link MetricsOptions} with defaults applied. */
export interface ResolvedMetricsOptions {
  readonly registry: Registry;
  readonly prefix: string;
  readonly sampleIntervalMs: number;
  readonly memoryUsage: () => MemorySample;
  readonly now: () => number;
  readonly buckets: MetricsBuckets;
  readonly maxOperations: number;
}

const PREFIX = /^(?:[a-zA-Z_:][a-zA-Z0-9_:]*)?$/;

function readMemory(): MemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

function fn<F>(name: string, value: F | undefined, fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value !== 'function')
    throw new TypeError(`metrics option '${name}' must be a function`);
  return value;
}

/** Applies the defaults of {@link MetricsOptions}; throws a `TypeError`/`RangeError` naming the first bad option. */
export function resolveMetricsOptions(options: MetricsOptions = {}): ResolvedMetricsOptions {
  const { registry, prefix = 'n2f_sync_', sampleIntervalMs = 1000, maxOperations = 1000 } = options;
  if (registry !== undefined && typeof registry?.counter !== 'function') {
    throw new TypeError("metrics option 'registry' must come from createRegistry()");
  }
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    throw new TypeError(
      "metrics option 'prefix' must be a valid start of a Prometheus metric name",
    );
  }
  if (
    typeof sampleIntervalMs !== 'number' ||
    !Number.isFinite(sampleIntervalMs) ||
    sampleIntervalMs < 0
  ) {
    throw new RangeError("metrics option 'sampleIntervalMs' must be a finite number >= 0");
  }
  if (!Number.isInteger(maxOperations) || maxOperations < 1) {
    throw new RangeError("metrics option 'maxOperations' must be a positive integer");
  }
  return {
    registry: registry ?? createRegistry(),
    prefix,
    sampleIntervalMs,
    memoryUsage: fn('memoryUsage', options.memoryUsage, readMemory),
    now: fn('now', options.now, () => Date.now()),
    buckets: options.buckets ?? {},
    maxOperations,
  };
}
