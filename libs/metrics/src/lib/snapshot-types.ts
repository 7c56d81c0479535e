import type { ScopeCounts } from './channel-messages.js';

// The JSON snapshot keeps the snake_case section names of the legacy metrics_*.json file.
// Seconds and megabytes are rounded to 3 and 1 decimals; a rate with nothing to divide is null.

/** Peak and mean memory, MB, and the number of samples behind them. */
export interface MemoryFigures {
  readonly peak_rss_mb: number;
  readonly average_rss_mb: number;
  readonly peak_heap_mb: number;
  readonly average_heap_mb: number;
  readonly samples: number;
}

/** Entity operations by outcome. */
export interface OutcomeCounts {
  readonly total: number;
  readonly done: number;
  readonly refused: number;
  readonly failed: number;
  readonly skipped: number;
}

/** A count per label value (method, status, error code…). */
export type Tally = Readonly<Record<string, number>>;

/** One sync run. */
export interface RunEntry {
  readonly run_id: string;
  readonly scopes: readonly string[];
  readonly dry_run: boolean;
  readonly outcome: string | null;
  readonly start_time: string;
  readonly end_time: string | null;
  readonly duration_seconds: number | null;
}

/** One run of one scope (the legacy "sync" operation), with what happened while it ran. */
export interface ScopeOperation {
  readonly run_id: string;
  readonly scope: string;
  readonly action: 'sync';
  readonly start_time: string;
  readonly end_time: string | null;
  readonly duration_seconds: number | null;
  readonly outcome: string | null;
  readonly success: boolean;
  readonly counts: ScopeCounts | null;
  /** Entities handled: the sum of `counts`. */
  readonly records_processed: number;
  readonly records_per_second: number | null;
  readonly rows_read: number;
  readonly api_calls: number;
  readonly api_errors: number;
  readonly retries: number;
  readonly cache_hits: number;
  readonly cache_misses: number;
  readonly memory: MemoryFigures;
}

/** Totals of everything recorded. */
export interface SnapshotSummary {
  readonly durations: {
    readonly total_seconds: number;
    readonly runs: number;
    readonly scope_runs: number;
    readonly average_scope_seconds: number | null;
    readonly max_scope_seconds: number | null;
    readonly min_scope_seconds: number | null;
  };
  readonly operations: OutcomeCounts & {
    /** done / (done + refused + failed). */
    readonly success_rate: number | null;
    readonly average_duration_seconds: number | null;
  };
  readonly records: {
    readonly read: number;
    readonly invalid: number;
    readonly per_second: number | null;
  };
  readonly api_calls: {
    readonly total: number;
    readonly errors: number;
    readonly retries: number;
    readonly give_ups: number;
    readonly average_latency_ms: number | null;
    readonly quota_waits: number;
    readonly quota_wait_seconds: number;
  };
  readonly cache: {
    readonly hits: number;
    readonly misses: number;
    readonly hit_rate: number | null;
  };
  readonly memory: MemoryFigures;
}

/** Per scope: runs by outcome, time, entity operations and the entities of finished runs. */
export interface ScopeSummary {
  readonly runs: number;
  readonly outcomes: Tally;
  readonly duration_seconds: number;
  readonly operations: OutcomeCounts;
  readonly entities: Tally;
}

/** N2F API calls broken down, with retries and quota waits. */
export interface ApiCallSummary {
  readonly total: number;
  readonly errors: number;
  readonly by_method: Tally;
  readonly by_status: Tally;
  readonly by_bucket: Tally;
  readonly by_route: Readonly<
    Record<
      string,
      { readonly calls: number; readonly errors: number; readonly average_ms: number | null }
    >
  >;
  readonly retries: {
    readonly total: number;
    readonly by_policy: Tally;
    readonly delay_seconds: number;
  };
  readonly quota_waits: {
    readonly total: number;
    readonly seconds: number;
    readonly by_reason: Tally;
  };
}

/** The metrics as one JSON document (`metrics_YYYYMMDD_HHMMSS.json`). */
export interface MetricsSnapshot {
  readonly metadata: {
    readonly format_version: 1;
    readonly export_timestamp: string;
    readonly export_date: string;
    readonly collecting_since: string;
    readonly total_operations: number;
    readonly runs: readonly RunEntry[];
  };
  readonly summary: SnapshotSummary;
  readonly operations_by_scope: Readonly<Record<string, ScopeSummary>>;
  readonly operations_by_action: Readonly<
    Record<string, OutcomeCounts & { readonly average_duration_seconds: number | null }>
  >;
  readonly error_summary: {
    readonly total: number;
    readonly operations: Tally;
    readonly api_requests: Tally;
    readonly source_queries: Tally;
    readonly give_ups: Tally;
  };
  readonly api_call_summary: ApiCallSummary;
  readonly operations: readonly ScopeOperation[];
}
