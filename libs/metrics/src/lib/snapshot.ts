import type { Instruments } from './instruments.js';
import type { MemorySummary } from './memory-stats.js';
import type { RunRecord, ScopeLedger, ScopeRecord } from './scope-ledger.js';
import type {
  ApiCallSummary,
  MetricsSnapshot,
  OutcomeCounts,
  RunEntry,
  ScopeOperation,
  ScopeSummary,
  SnapshotSummary,
} from './snapshot-types.js';
import { memoryFigures, observed, ratio, round, tally, total } from './tally.js';

/** What a snapshot is built from. */
export interface SnapshotInput {
  readonly m: Instruments;
  readonly ledger: ScopeLedger;
  readonly memory: MemorySummary;
  readonly startedAt: number;
  readonly now: number;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const secondsOrNull = (ms: number | undefined): number | null =>
  ms === undefined ? null : round(ms / 1000, 3);

function outcomes(
  m: Instruments,
  filter: (labels: { scope: string; action: string }) => boolean,
): OutcomeCounts {
  const by = tally(
    m.operations.samples(),
    (l) => l['outcome'] ?? '',
    (l) => filter({ scope: l['scope'] ?? '', action: l['action'] ?? '' }),
  );
  const [done, refused, failed, skipped] = [
    by['done'] ?? 0,
    by['refused'] ?? 0,
    by['failed'] ?? 0,
    by['skipped'] ?? 0,
  ];
  return { total: Object.values(by).reduce((a, b) => a + b, 0), done, refused, failed, skipped };
}

function runEntry(run: RunRecord): RunEntry {
  return {
    run_id: run.runId,
    scopes: run.scopes,
    dry_run: run.dryRun,
    outcome: run.outcome ?? null,
    start_time: iso(run.startedAt),
    end_time: run.endedAt === undefined ? null : iso(run.endedAt),
    duration_seconds: secondsOrNull(run.durationMs),
  };
}

function scopeOperation(record: ScopeRecord): ScopeOperation {
  const processed = record.counts ? Object.values(record.counts).reduce((a, b) => a + b, 0) : 0;
  return {
    run_id: record.runId,
    scope: record.scope,
    action: 'sync',
    start_time: iso(record.startedAt),
    end_time: record.endedAt === undefined ? null : iso(record.endedAt),
    duration_seconds: secondsOrNull(record.durationMs),
    outcome: record.outcome ?? null,
    success: record.outcome === 'success',
    counts: record.counts ?? null,
    records_processed: processed,
    records_per_second: record.durationMs ? ratio(processed, record.durationMs / 1000) : null,
    rows_read: record.rowsRead,
    api_calls: record.apiCalls,
    api_errors: record.apiErrors,
    retries: record.retries,
    cache_hits: record.cacheHits,
    cache_misses: record.cacheMisses,
    memory: memoryFigures(record.memory.summary()),
  };
}

function durations(m: Instruments, ledger: ScopeLedger): SnapshotSummary['durations'] {
  const runs = observed(m.runDuration.samples());
  const scopes = observed(m.scopeDuration.samples());
  const ended = ledger
    .scopes()
    .flatMap((s) => (s.durationMs === undefined ? [] : [s.durationMs / 1000]));
  return {
    total_seconds: round(runs.count > 0 ? runs.sum : scopes.sum, 3),
    runs: total(m.runs.samples()),
    scope_runs: scopes.count,
    average_scope_seconds: ratio(scopes.sum, scopes.count),
    max_scope_seconds: ended.length === 0 ? null : round(Math.max(...ended), 3),
    min_scope_seconds: ended.length === 0 ? null : round(Math.min(...ended), 3),
  };
}

function summary({ m, ledger, memory }: SnapshotInput): SnapshotSummary {
  const ops = outcomes(m, () => true);
  const opTime = observed(m.operationDuration.samples());
  const latency = observed(m.requestDuration.samples());
  const read = total(m.rows.samples());
  const time = durations(m, ledger);
  const hits = total(m.lookups.samples(), (l) => l['outcome'] === 'hit');
  const lookups = total(m.lookups.samples());
  return {
    durations: time,
    operations: {
      ...ops,
      success_rate: ratio(ops.done, ops.done + ops.refused + ops.failed),
      average_duration_seconds: ratio(opTime.sum, opTime.count),
    },
    records: {
      read,
      invalid: total(m.invalidRows.samples()),
      per_second: ratio(read, time.total_seconds),
    },
    api_calls: {
      total: latency.count,
      errors: total(m.requestErrors.samples()),
      retries: total(m.retries.samples()),
      give_ups: total(m.giveUps.samples()),
      average_latency_ms:
        latency.count === 0 ? null : round((latency.sum * 1000) / latency.count, 1),
      quota_waits: total(m.waits.samples()),
      quota_wait_seconds: round(total(m.waitTime.samples()), 3),
    },
    cache: { hits, misses: lookups - hits, hit_rate: ratio(hits, lookups) },
    memory: memoryFigures(memory),
  };
}

function byScope(m: Instruments): Record<string, ScopeSummary> {
  const names = new Set(
    [...m.scopeRuns.samples(), ...m.operations.samples()].map((s) => s.labels['scope'] ?? ''),
  );
  const result: Record<string, ScopeSummary> = {};
  for (const scope of [...names].sort()) {
    const mine = (l: Readonly<Record<string, string>>): boolean => l['scope'] === scope;
    result[scope] = {
      runs: total(m.scopeRuns.samples(), mine),
      outcomes: tally(m.scopeRuns.samples(), (l) => l['outcome'] ?? '', mine),
      duration_seconds: round(observed(m.scopeDuration.samples(), mine).sum, 3),
      operations: outcomes(m, (l) => l.scope === scope),
      entities: tally(m.scopeEntities.samples(), (l) => l['result'] ?? '', mine),
    };
  }
  return result;
}

function byAction(m: Instruments): MetricsSnapshot['operations_by_action'] {
  const actions = new Set(m.operations.samples().map((s) => s.labels['action'] ?? ''));
  const result: Record<string, MetricsSnapshot['operations_by_action'][string]> = {};
  for (const action of [...actions].sort()) {
    const time = observed(m.operationDuration.samples(), (l) => l['action'] === action);
    result[action] = {
      ...outcomes(m, (l) => l.action === action),
      average_duration_seconds: ratio(time.sum, time.count),
    };
  }
  return result;
}

function errorSummary(m: Instruments): MetricsSnapshot['error_summary'] {
  const code = (l: Readonly<Record<string, string>>): string => l['error_code'] ?? '';
  const sections = {
    operations: tally(m.operationErrors.samples(), code),
    api_requests: tally(m.requestErrors.samples(), code),
    source_queries: tally(m.queryErrors.samples(), code),
    give_ups: tally(m.giveUps.samples(), code),
  };
  const sum = (t: Record<string, number>): number => Object.values(t).reduce((a, b) => a + b, 0);
  return {
    total: sum(sections.operations) + sum(sections.api_requests) + sum(sections.source_queries),
    ...sections,
  };
}

function apiCallSummary(m: Instruments): ApiCallSummary {
  const calls = m.requests.samples();
  const routeKey = (l: Readonly<Record<string, string>>): string =>
    `${l['method'] ?? ''} ${l['route'] ?? ''}`;
  const errorsByRoute = tally(m.requestErrors.samples(), routeKey);
  const byRoute: Record<string, ApiCallSummary['by_route'][string]> = {};
  for (const [route, n] of Object.entries(tally(calls, routeKey))) {
    const time = observed(m.requestDuration.samples(), (l) => routeKey(l) === route);
    byRoute[route] = {
      calls: n,
      errors: errorsByRoute[route] ?? 0,
      average_ms: time.count === 0 ? null : round((time.sum * 1000) / time.count, 1),
    };
  }
  return {
    total: total(calls),
    errors: total(m.requestErrors.samples()),
    by_method: tally(calls, (l) => l['method'] ?? ''),
    by_status: tally(calls, (l) => l['status'] ?? ''),
    by_bucket: tally(calls, (l) => l['bucket'] ?? ''),
    by_route: byRoute,
    retries: {
      total: total(m.retries.samples()),
      by_policy: tally(m.retries.samples(), (l) => l['policy'] ?? ''),
      delay_seconds: round(total(m.retryDelay.samples()), 3),
    },
    quota_waits: {
      total: total(m.waits.samples()),
      seconds: round(total(m.waitTime.samples()), 3),
      by_reason: tally(m.waits.samples(), (l) => l['reason'] ?? ''),
    },
  };
}

/** The JSON snapshot of everything recorded so far. */
export function buildSnapshot(input: SnapshotInput): MetricsSnapshot {
  const { m, ledger } = input;
  return {
    metadata: {
      format_version: 1,
      export_timestamp: iso(input.now),
      export_date: iso(input.now).slice(0, 10),
      collecting_since: iso(input.startedAt),
      total_operations: total(m.operations.samples()),
      runs: ledger.runs().map(runEntry),
    },
    summary: summary(input),
    operations_by_scope: byScope(m),
    operations_by_action: byAction(m),
    error_summary: errorSummary(m),
    api_call_summary: apiCallSummary(m),
    operations: ledger.scopes().map(scopeOperation),
  };
}
