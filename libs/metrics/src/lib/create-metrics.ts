import diagnosticsChannel from 'node:diagnostics_channel';
import type { ChannelMessages } from './channel-messages.js';
import { registerInstruments } from './instruments.js';
import { createMemoryStats, type MemorySample } from './memory-stats.js';
import { PARSERS } from './message-parsers.js';
import { formatPrometheus } from './prometheus.js';
import { RECORDERS, type RecorderContext } from './recorders.js';
import { resolveMetricsOptions, type MetricsOptions } from './resolve-metrics-options.js';
import { createScopeLedger } from './scope-ledger.js';
import { buildSnapshot } from './snapshot.js';
import type { MetricsSnapshot } from './snapshot-types.js';
import { formatSummaryTable } from './summary-table.js';
import type { Registry } from './types.js';
import { writeSnapshotFile } from './write-json-snapshot.js';

/** Metrics fed by the diagnostics channels of the libraries, with their three outputs. */
export interface Metrics {
  readonly registry: Registry;
  /** Everything recorded so far, as the JSON document. */
  snapshot(options?: { readonly now?: Date }): MetricsSnapshot;
  /** Writes `metrics_YYYYMMDD_HHMMSS.json` (UTC) under `dir`; returns its path. */
  writeJsonSnapshot(
    dir: string,
    options?: { readonly now?: Date; readonly signal?: AbortSignal },
  ): Promise<string>;
  /** The registry in the Prometheus text format, names prefixed. */
  toPrometheus(): string;
  /** A fixed-width plain-text summary for the console. */
  formatSummary(): string;
  /** Unsubscribes from every channel and stops sampling; recorded data stays readable. */
  dispose(): void;
}

/** The channels `createMetrics` subscribes to. */
export const METRICS_CHANNELS: readonly (keyof ChannelMessages)[] = Object.keys(
  PARSERS,
) as (keyof ChannelMessages)[];

/**
 * Subscribes to the channels of the shared contract and records counters, latency histograms,
 * per-scope operations and memory; outputs a JSON snapshot, Prometheus text and a console table.
 * @example
 * const metrics = createMetrics();
 * await orchestrator.run();
 * console.log(metrics.formatSummary());
 * await metrics.writeJsonSnapshot('reports');
 * metrics.dispose();
 */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const config = resolveMetricsOptions(options);
  const m = registerInstruments(config.registry, config.buckets);
  const ledger = createScopeLedger(config.maxOperations);
  const memory = createMemoryStats();
  const startedAt = config.now();
  let timer: NodeJS.Timeout | undefined;

  const context: RecorderContext = {
    m,
    ledger,
    now: config.now,
    sample(): MemorySample {
      const reading = config.memoryUsage();
      memory.add(reading);
      m.rss.set({}, reading.rss);
      m.heap.set({}, reading.heapUsed);
      for (const scope of ledger.running()) scope.memory.add(reading);
      return reading;
    },
    scopesChanged() {
      const busy = ledger.running().length > 0;
      if (busy && !timer && config.sampleIntervalMs > 0) {
        timer = setInterval(() => void safely(context.sample), config.sampleIntervalMs);
        timer.unref(); // sampling must never keep the process alive
      } else if (!busy && timer) {
        clearInterval(timer);
        timer = undefined;
      }
    },
  };

  function safely(work: () => unknown): boolean {
    try {
      work();
      return true;
    } catch {
      return false;
    }
  }

  function subscribe<C extends keyof ChannelMessages>(channel: C): () => void {
    const parse = PARSERS[channel];
    const record = RECORDERS[channel];
    // A subscriber that throws would surface in the publisher's process: check, and never throw.
    const handler = (raw: unknown): void => {
      const message = parse(raw);
      const ok = message !== undefined && safely(() => record(message, context, context.sample()));
      if (!ok) m.dropped.inc({ channel });
    };
    diagnosticsChannel.subscribe(channel, handler);
    return () => diagnosticsChannel.unsubscribe(channel, handler);
  }

  const unsubscribers = METRICS_CHANNELS.map(subscribe);
  const snapshot = (at: Date = new Date(config.now())): MetricsSnapshot =>
    buildSnapshot({ m, ledger, memory: memory.summary(), startedAt, now: at.getTime() });

  return {
    registry: config.registry,
    snapshot: (opts = {}) => snapshot(opts.now),
    async writeJsonSnapshot(dir, opts = {}) {
      const at = opts.now ?? new Date(config.now());
      return writeSnapshotFile(dir, snapshot(at), at, opts.signal);
    },
    toPrometheus: () => formatPrometheus(config.registry, { prefix: config.prefix }),
    formatSummary: () => formatSummaryTable(snapshot()),
    dispose() {
      for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
