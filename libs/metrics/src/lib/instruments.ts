import type { Counter, Gauge, Histogram, Registry } from './types.js';

/** Histogram buckets, in seconds, of the families `createMetrics` records. */
export interface MetricsBuckets {
  /** N2F API calls. @default [0.05 … 30] */
  readonly request?: readonly number[];
  /** Agresso source queries. @default [0.1 … 300] */
  readonly query?: readonly number[];
  /** Entity operations (create, update, delete, expire). @default [0.05 … 30] */
  readonly operation?: readonly number[];
  /** Whole scopes and runs. @default [1 … 7200] */
  readonly scope?: readonly number[];
}

const DEFAULTS = {
  request: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  query: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
  operation: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  scope: [1, 5, 15, 30, 60, 300, 900, 1800, 3600, 7200],
} as const;

/** The families `createMetrics` records into. */
export interface Instruments {
  readonly runs: Counter<'outcome' | 'dry_run'>;
  readonly runDuration: Histogram<never>;
  readonly scopeRuns: Counter<'scope' | 'outcome'>;
  readonly scopeDuration: Histogram<'scope'>;
  readonly scopeEntities: Counter<'scope' | 'result'>;
  readonly planned: Gauge<'scope' | 'change'>;
  readonly operations: Counter<'scope' | 'action' | 'outcome'>;
  readonly operationDuration: Histogram<'scope' | 'action'>;
  readonly operationErrors: Counter<'scope' | 'action' | 'error_code'>;
  readonly requests: Counter<'method' | 'route' | 'status' | 'bucket' | 'outcome'>;
  readonly requestDuration: Histogram<'method' | 'route' | 'bucket'>;
  readonly requestErrors: Counter<'method' | 'route' | 'error_code'>;
  readonly queries: Counter<'name' | 'source' | 'outcome'>;
  readonly queryDuration: Histogram<'name' | 'source'>;
  readonly queryErrors: Counter<'name' | 'source' | 'error_code'>;
  readonly rows: Counter<'name' | 'source'>;
  readonly invalidRows: Counter<'name' | 'source'>;
  readonly lookups: Counter<'namespace' | 'outcome' | 'reason'>;
  readonly retries: Counter<'policy' | 'error_code'>;
  readonly retryDelay: Counter<'policy'>;
  readonly giveUps: Counter<'policy' | 'error_code'>;
  readonly breakerTransitions: Counter<'policy' | 'state'>;
  readonly breakerState: Gauge<'policy'>;
  readonly waits: Counter<'bucket' | 'reason'>;
  readonly waitTime: Counter<'bucket' | 'reason'>;
  readonly rss: Gauge<never>;
  readonly heap: Gauge<never>;
  readonly scopeMemoryPeak: Gauge<'scope' | 'kind'>;
  readonly scopeMemoryMean: Gauge<'scope' | 'kind'>;
  readonly dropped: Counter<'channel'>;
}

/** Registers every family `createMetrics` records (names without the `n2f_sync_` prefix). */
export function registerInstruments(registry: Registry, buckets: MetricsBuckets = {}): Instruments {
  const b = { ...DEFAULTS, ...buckets };
  return {
    runs: registry.counter('runs_total', 'Sync runs finished, by outcome.', ['outcome', 'dry_run']),
    runDuration: registry.histogram('run_duration_seconds', 'Duration of whole sync runs.', [], {
      buckets: b.scope,
    }),
    scopeRuns: registry.counter('scope_runs_total', 'Scopes finished, by outcome.', [
      'scope',
      'outcome',
    ]),
    scopeDuration: registry.histogram(
      'scope_duration_seconds',
      'Duration of one scope.',
      ['scope'],
      { buckets: b.scope },
    ),
    scopeEntities: registry.counter(
      'scope_entities_total',
      'Entities of finished scopes, by result.',
      ['scope', 'result'],
    ),
    planned: registry.gauge('plan_entities', 'Changes in the latest plan of a scope.', [
      'scope',
      'change',
    ]),
    operations: registry.counter('operations_total', 'Entity operations, by outcome.', [
      'scope',
      'action',
      'outcome',
    ]),
    operationDuration: registry.histogram(
      'operation_duration_seconds',
      'Duration of entity operations.',
      ['scope', 'action'],
      { buckets: b.operation },
    ),
    operationErrors: registry.counter(
      'operation_errors_total',
      'Failed entity operations, by error code.',
      ['scope', 'action', 'error_code'],
    ),
    requests: registry.counter('api_requests_total', 'N2F API calls (each attempt).', [
      'method',
      'route',
      'status',
      'bucket',
      'outcome',
    ]),
    requestDuration: registry.histogram(
      'api_request_duration_seconds',
      'Latency of N2F API calls.',
      ['method', 'route', 'bucket'],
      { buckets: b.request },
    ),
    requestErrors: registry.counter(
      'api_request_errors_total',
      'Failed N2F API calls, by error code.',
      ['method', 'route', 'error_code'],
    ),
    queries: registry.counter('source_queries_total', 'Agresso source reads, by outcome.', [
      'name',
      'source',
      'outcome',
    ]),
    queryDuration: registry.histogram(
      'source_query_duration_seconds',
      'Duration of Agresso source reads.',
      ['name', 'source'],
      { buckets: b.query },
    ),
    queryErrors: registry.counter(
      'source_query_errors_total',
      'Failed Agresso source reads, by error code.',
      ['name', 'source', 'error_code'],
    ),
    rows: registry.counter('source_rows_total', 'Rows read from the Agresso source.', [
      'name',
      'source',
    ]),
    invalidRows: registry.counter(
      'source_invalid_rows_total',
      'Rows of the Agresso source that failed validation.',
      ['name', 'source'],
    ),
    lookups: registry.counter('cache_lookups_total', 'Cache reads, by outcome and miss reason.', [
      'namespace',
      'outcome',
      'reason',
    ]),
    retries: registry.counter('retries_total', 'Retries scheduled, by policy and error code.', [
      'policy',
      'error_code',
    ]),
    retryDelay: registry.counter(
      'retry_delay_seconds_total',
      'Time spent waiting before retries.',
      ['policy'],
    ),
    giveUps: registry.counter('giveups_total', 'Calls that failed after their last attempt.', [
      'policy',
      'error_code',
    ]),
    breakerTransitions: registry.counter(
      'breaker_transitions_total',
      'Circuit breaker state changes.',
      ['policy', 'state'],
    ),
    breakerState: registry.gauge(
      'breaker_state',
      'Circuit breaker state: 0 closed, 1 half-open, 2 open.',
      ['policy'],
    ),
    waits: registry.counter(
      'quota_waits_total',
      'Waits imposed by the quota limiter or a Retry-After.',
      ['bucket', 'reason'],
    ),
    waitTime: registry.counter('quota_wait_seconds_total', 'Time spent in quota waits.', [
      'bucket',
      'reason',
    ]),
    rss: registry.gauge('memory_rss_bytes', 'Resident set size at the latest sample.'),
    heap: registry.gauge('memory_heap_used_bytes', 'Heap used at the latest sample.'),
    scopeMemoryPeak: registry.gauge('scope_memory_peak_bytes', 'Peak memory while a scope ran.', [
      'scope',
      'kind',
    ]),
    scopeMemoryMean: registry.gauge('scope_memory_mean_bytes', 'Mean memory while a scope ran.', [
      'scope',
      'kind',
    ]),
    dropped: registry.counter(
      'metrics_dropped_messages_total',
      'Channel messages that did not match the contract.',
      ['channel'],
    ),
  };
}
