export { createMetrics, METRICS_CHANNELS } from './lib/create-metrics.js';
export { DEFAULT_BUCKETS } from './lib/histogram.js';
export { formatPrometheus } from './lib/prometheus.js';
export { createRegistry } from './lib/registry.js';
export { snapshotFileName } from './lib/write-json-snapshot.js';
// The channel message checks, recorders and ledger stay private: the channels are the contract.

export type {
  BreakerMessage,
  ChannelMessages,
  GiveUpMessage,
  LookupMessage,
  OperationMessage,
  PlanMessage,
  QueryMessage,
  RequestMessage,
  RetryMessage,
  RunMessage,
  ScopeCounts,
  ScopeMessage,
  WaitMessage,
} from './lib/channel-messages.js';
export type { Metrics } from './lib/create-metrics.js';
export type { MetricsBuckets } from './lib/instruments.js';
export type { LabelSet, LabelValues } from './lib/labels.js';
export type { MemorySample } from './lib/memory-stats.js';
export type { PrometheusOptions } from './lib/prometheus.js';
export type { MetricsOptions } from './lib/resolve-metrics-options.js';
export type {
  ApiCallSummary,
  MemoryFigures,
  MetricsSnapshot,
  OutcomeCounts,
  RunEntry,
  ScopeOperation,
  ScopeSummary,
  SnapshotSummary,
  Tally,
} from './lib/snapshot-types.js';
export type {
  Counter,
  Gauge,
  Histogram,
  HistogramOptions,
  HistogramSample,
  Metric,
  MetricFamily,
  Registry,
  Sample,
} from './lib/types.js';
