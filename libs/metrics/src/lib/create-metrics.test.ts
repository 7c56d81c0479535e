import diagnosticsChannel from 'node:diagnostics_channel';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMetrics, type Metrics } from './create-metrics.js';
import type { Counter, Metric } from './types.js';

const publish = (channel: string, message: unknown): void =>
  diagnosticsChannel.channel(channel).publish(message);
const MB = 2 ** 20;
const counts = (over: Partial<Record<string, number>> = {}) => ({
  created: 0,
  updated: 0,
  deleted: 0,
  unchanged: 0,
  invalid: 0,
  failed: 0,
  ...over,
});

function request(
  method: string,
  route: string,
  status: number | undefined,
  bucket: string,
  durationMs: number,
  errorCode?: string,
): void {
  const outcome = errorCode ? 'error' : 'ok';
  publish('n2f:request', {
    method,
    route,
    ...(status === undefined ? {} : { status }),
    durationMs,
    attempt: 1,
    bucket,
    outcome,
    ...(errorCode ? { errorCode } : {}),
  });
}

/** One run over two scopes, publishing on every channel of the contract. */
function publishRun(): void {
  publish('sync:run', {
    phase: 'start',
    runId: 'r1',
    scopes: ['users', 'projects'],
    dryRun: false,
  });
  publish('sync:scope', { phase: 'start', runId: 'r1', scope: 'users' });
  publish('agresso:query', {
    name: 'users',
    source: 'mssql',
    durationMs: 300,
    rows: 120,
    invalidRows: 2,
    outcome: 'ok',
  });
  publish('cache:lookup', {
    namespace: 'reference',
    key: 'companies',
    outcome: 'hit',
    durationMs: 1,
  });
  publish('cache:lookup', {
    namespace: 'reference',
    key: 'roles',
    outcome: 'miss',
    reason: 'absent',
    durationMs: 1,
  });
  request('GET', '/users', 200, 'read', 120);
  request('POST', '/users', 429, 'write', 50, 'RATE_LIMITED');
  publish('resilience:retry', {
    policy: 'n2f-write',
    attempt: 1,
    delayMs: 2000,
    errorCode: 'RATE_LIMITED',
  });
  publish('resilience:wait', { bucket: 'write', waitedMs: 2000, reason: 'retry-after' });
  request('POST', '/users', 200, 'write', 80);
  publish('sync:plan', {
    runId: 'r1',
    scope: 'users',
    creates: 1,
    updates: 1,
    deletes: 0,
    unchanged: 117,
    invalid: 2,
  });
  publish('sync:operation', {
    runId: 'r1',
    scope: 'users',
    action: 'create',
    key: 'a@x.fr',
    outcome: 'done',
    durationMs: 130,
  });
  publish('sync:operation', {
    runId: 'r1',
    scope: 'users',
    action: 'update',
    key: 'b@x.fr',
    outcome: 'failed',
    durationMs: 60,
    errorCode: 'API_ERROR',
  });
  publish('sync:scope', {
    phase: 'end',
    runId: 'r1',
    scope: 'users',
    outcome: 'partial',
    durationMs: 5000,
    counts: counts({ created: 1, unchanged: 117, invalid: 2, failed: 1 }),
  });
  publish('sync:scope', { phase: 'start', runId: 'r1', scope: 'projects' });
  request('GET', '/companies/{companyUuid}/axes/{axeId}', undefined, 'read', 30_000, 'TIMEOUT');
  publish('resilience:breaker', { policy: 'n2f-read', state: 'open' });
  publish('resilience:giveup', { policy: 'n2f-read', attempts: 3, errorCode: 'TIMEOUT' });
  publish('sync:operation', {
    runId: 'r1',
    scope: 'projects',
    action: 'delete',
    key: 'P1',
    outcome: 'refused',
    durationMs: 0,
  });
  publish('sync:scope', {
    phase: 'end',
    runId: 'r1',
    scope: 'projects',
    outcome: 'failed',
    durationMs: 2000,
    counts: counts(),
  });
  publish('sync:run', {
    phase: 'end',
    runId: 'r1',
    scopes: ['users', 'projects'],
    dryRun: false,
    outcome: 'partial',
    durationMs: 7500,
  });
}

function family(metrics: Metrics, name: string): Metric {
  const found = metrics.registry.metrics().find((m) => m.name === name);
  if (!found) throw new Error(`no metric ${name}`);
  return found;
}

describe('createMetrics', () => {
  let metrics: Metrics | undefined;
  let clock: number;
  let reads: number;
  const open = (options: Parameters<typeof createMetrics>[0] = {}): Metrics => {
    metrics = createMetrics({
      now: () => clock,
      // Each reading is 1 MB more than the last, so peak and mean are predictable.
      memoryUsage: () => ((reads += 1), { rss: (100 + reads) * MB, heapUsed: (50 + reads) * MB }),
      sampleIntervalMs: 0,
      ...options,
    });
    return metrics;
  };

  beforeEach(() => {
    clock = Date.parse('2025-03-04T05:06:07Z');
    reads = 0;
  });
  afterEach(() => {
    metrics?.dispose();
    vi.useRealTimers();
  });

  it('records API calls, queries, cache lookups, retries, waits and operations into the registry', () => {
    const m = open();
    publishRun();
    const requests = family(m, 'api_requests_total') as Counter<string>;
    expect(
      requests.get({
        method: 'POST',
        route: '/users',
        status: 429,
        bucket: 'write',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(
      requests.get({
        method: 'GET',
        route: '/companies/{companyUuid}/axes/{axeId}',
        status: 'none',
        bucket: 'read',
        outcome: 'error',
      }),
    ).toBe(1);
    expect(
      (family(m, 'source_rows_total') as Counter<string>).get({ name: 'users', source: 'mssql' }),
    ).toBe(120);
    expect(
      (family(m, 'cache_lookups_total') as Counter<string>).get({
        namespace: 'reference',
        outcome: 'miss',
        reason: 'absent',
      }),
    ).toBe(1);
    expect(
      (family(m, 'retry_delay_seconds_total') as Counter<string>).get({ policy: 'n2f-write' }),
    ).toBe(2);
    expect(
      (family(m, 'operations_total') as Counter<string>).get({
        scope: 'users',
        action: 'update',
        outcome: 'failed',
      }),
    ).toBe(1);
    expect(
      (family(m, 'scope_entities_total') as Counter<string>).get({
        scope: 'users',
        result: 'unchanged',
      }),
    ).toBe(117);
    const breaker = family(m, 'breaker_state');
    expect(breaker.type === 'gauge' && breaker.get({ policy: 'n2f-read' })).toBe(2);
    const latency = family(m, 'api_request_duration_seconds');
    expect(
      latency.type === 'histogram' &&
        latency.get({ method: 'POST', route: '/users', bucket: 'write' })?.sum,
    ).toBeCloseTo(0.13, 6);
  });

  it('builds a snapshot with real totals, per-scope figures and attributed calls', () => {
    const m = open();
    publishRun();
    const snap = m.snapshot();
    expect(snap.metadata).toMatchObject({
      format_version: 1,
      export_timestamp: '2025-03-04T05:06:07.000Z',
      export_date: '2025-03-04',
      total_operations: 3,
    });
    expect(snap.metadata.runs).toEqual([
      {
        run_id: 'r1',
        scopes: ['users', 'projects'],
        dry_run: false,
        outcome: 'partial',
        start_time: '2025-03-04T05:06:07.000Z',
        end_time: '2025-03-04T05:06:07.000Z',
        duration_seconds: 7.5,
      },
    ]);
    expect(snap.summary.durations).toEqual({
      total_seconds: 7.5,
      runs: 1,
      scope_runs: 2,
      average_scope_seconds: 3.5,
      max_scope_seconds: 5,
      min_scope_seconds: 2,
    });
    expect(snap.summary.operations).toMatchObject({
      total: 3,
      done: 1,
      failed: 1,
      refused: 1,
      skipped: 0,
      success_rate: 0.3333,
    });
    expect(snap.summary.records).toEqual({ read: 120, invalid: 2, per_second: 16 });
    expect(snap.summary.api_calls).toEqual({
      total: 4,
      errors: 2,
      retries: 1,
      give_ups: 1,
      average_latency_ms: 7562.5,
      quota_waits: 1,
      quota_wait_seconds: 2,
    });
    expect(snap.summary.cache).toEqual({ hits: 1, misses: 1, hit_rate: 0.5 });
    expect(snap.summary.memory).toEqual({
      peak_rss_mb: 100 + reads,
      average_rss_mb: 100 + (reads + 1) / 2,
      peak_heap_mb: 50 + reads,
      average_heap_mb: 50 + (reads + 1) / 2,
      samples: reads,
    });
    expect(snap.operations_by_scope['users']).toEqual({
      runs: 1,
      outcomes: { partial: 1 },
      duration_seconds: 5,
      operations: { total: 2, done: 1, refused: 0, failed: 1, skipped: 0 },
      entities: counts({ created: 1, unchanged: 117, invalid: 2, failed: 1 }),
    });
    expect(snap.operations_by_action['update']).toEqual({
      total: 1,
      done: 0,
      refused: 0,
      failed: 1,
      skipped: 0,
      average_duration_seconds: 0.06,
    });
    expect(snap.error_summary).toEqual({
      total: 3,
      operations: { API_ERROR: 1 },
      api_requests: { RATE_LIMITED: 1, TIMEOUT: 1 },
      source_queries: {},
      give_ups: { TIMEOUT: 1 },
    });
    expect(snap.api_call_summary).toMatchObject({
      by_method: { GET: 2, POST: 2 },
      by_status: { '200': 2, '429': 1, none: 1 },
      by_bucket: { read: 2, write: 2 },
      retries: { total: 1, by_policy: { 'n2f-write': 1 }, delay_seconds: 2 },
      quota_waits: { total: 1, seconds: 2, by_reason: { 'retry-after': 1 } },
    });
    expect(snap.api_call_summary.by_route['POST /users']).toEqual({
      calls: 2,
      errors: 1,
      average_ms: 65,
    });
    const [users, projects] = snap.operations;
    expect(users).toMatchObject({
      scope: 'users',
      action: 'sync',
      outcome: 'partial',
      success: false,
      records_processed: 121,
      records_per_second: 24.2,
      rows_read: 120,
      api_calls: 3,
      api_errors: 1,
      retries: 1,
      cache_hits: 1,
      cache_misses: 1,
    });
    expect(projects).toMatchObject({
      scope: 'projects',
      outcome: 'failed',
      api_calls: 1,
      api_errors: 1,
      rows_read: 0,
    });
    expect(users?.memory.samples).toBeGreaterThanOrEqual(2);
    expect(users?.memory.peak_rss_mb).toBeGreaterThan(users?.memory.average_rss_mb ?? Infinity);
  });

  it('writes the snapshot as metrics_YYYYMMDD_HHMMSS.json, owner-only (0600) on POSIX', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'n2f-metrics-'));
    try {
      const m = open();
      publishRun();
      const at = new Date('2025-12-31T23:59:58Z');
      const path = await m.writeJsonSnapshot(join(dir, 'reports'), { now: at });
      expect(path).toBe(join(dir, 'reports', 'metrics_20251231_235958.json'));
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(m.snapshot({ now: at }));
      if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect(basename(await m.writeJsonSnapshot(dir))).toMatch(/^metrics_\d{8}_\d{6}\.json$/);
      await expect(m.writeJsonSnapshot(dir, { signal: AbortSignal.abort() })).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exposes the registry in the Prometheus format, prefixed', () => {
    const m = open();
    publishRun();
    const families = new Map(parsePrometheusTextFormat(m.toPrometheus()).map((f) => [f.name, f]));
    expect(families.get('n2f_sync_api_requests_total')?.type).toBe('COUNTER');
    expect(families.get('n2f_sync_api_request_duration_seconds')?.type).toBe('HISTOGRAM');
    expect(families.get('n2f_sync_scope_runs_total')?.metrics).toEqual([
      { value: '1', labels: { scope: 'users', outcome: 'partial' } },
      { value: '1', labels: { scope: 'projects', outcome: 'failed' } },
    ]);
    expect(families.get('n2f_sync_run_duration_seconds')?.metrics[0]).toMatchObject({
      sum: '7.5',
      count: '1',
    });
    expect([...families.keys()].every((name) => name.startsWith('n2f_sync_'))).toBe(true);
  });

  it('prints a fixed-width summary table without colours', () => {
    const m = open();
    publishRun();
    const text = m.formatSummary();
    const [header, rule, users, projects] = text.split('\n');
    expect(header).toMatch(/^scope\s+runs\s+outcome\s+seconds\s+created/);
    expect(users).toMatch(/^users\s+1\s+partial\s+5\.0\s+1\s+0\s+0\s+117\s+2\s+1\s+3\s+\d+\.\d$/);
    expect(projects).toMatch(/^projects\s+1\s+failed\s+2\.0/);
    expect(new Set([header, rule, users, projects].map((line) => line?.length)).size).toBe(1);
    expect(text).toContain('cache        1 hits, 1 misses, hit rate 50.0 %');
    expect(text).not.toContain(String.fromCharCode(27)); // no ANSI escape sequences
  });

  it('samples memory on an interval only while a scope runs', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const m = open({ sampleIntervalMs: 1000 });
    publish('sync:scope', { phase: 'start', runId: 'r', scope: 'users' });
    vi.advanceTimersByTime(5_000);
    publish('sync:scope', {
      phase: 'end',
      runId: 'r',
      scope: 'users',
      outcome: 'success',
      durationMs: 5000,
      counts: counts(),
    });
    vi.advanceTimersByTime(5_000);
    expect(reads).toBe(7); // start event, 5 ticks, end event
    const [users] = m.snapshot().operations;
    expect(users?.memory).toEqual({
      peak_rss_mb: 107,
      average_rss_mb: 104,
      peak_heap_mb: 57,
      average_heap_mb: 54,
      samples: 7,
    });
    const peak = family(m, 'scope_memory_peak_bytes');
    expect(peak.type === 'gauge' && peak.get({ scope: 'users', kind: 'rss' })).toBe(107 * MB);
  });

  it('drops malformed messages without throwing into the publisher, and counts them', () => {
    const m = open();
    expect(() => {
      publish('n2f:request', { method: 'GET' });
      publish('sync:scope', { phase: 'middle', runId: 'r', scope: 'x' });
      publish('agresso:query', {
        name: 'users',
        source: 'file',
        durationMs: 1,
        rows: -5,
        invalidRows: 0,
        outcome: 'ok',
      });
      publish('cache:lookup', null);
    }).not.toThrow();
    const dropped = family(m, 'metrics_dropped_messages_total') as Counter<string>;
    expect(dropped.samples().map((s) => [s.labels['channel'], s.value])).toEqual([
      ['n2f:request', 1],
      ['sync:scope', 1],
      ['agresso:query', 1],
      ['cache:lookup', 1],
    ]);
  });

  it('dates back a scope whose start it did not see', () => {
    const m = open();
    publish('sync:scope', {
      phase: 'end',
      runId: 'r',
      scope: 'users',
      outcome: 'success',
      durationMs: 3000,
      counts: counts({ unchanged: 3 }),
    });
    expect(m.snapshot().operations[0]).toMatchObject({
      start_time: '2025-03-04T05:06:04.000Z',
      duration_seconds: 3,
      records_processed: 3,
    });
  });

  it('keeps the most recent maxOperations scope runs for the snapshot, and every count', () => {
    const m = open({ maxOperations: 2 });
    for (const scope of ['a', 'b', 'c']) {
      publish('sync:scope', { phase: 'start', runId: 'r', scope });
      publish('sync:scope', { phase: 'end', runId: 'r', scope, outcome: 'success', durationMs: 1 });
    }
    const snap = m.snapshot();
    expect(snap.operations.map((o) => o.scope)).toEqual(['b', 'c']);
    expect(snap.summary.durations.scope_runs).toBe(3);
  });

  it('stops recording after dispose', () => {
    const m = open();
    m.dispose();
    publishRun();
    expect(m.snapshot().summary.api_calls.total).toBe(0);
    expect(diagnosticsChannel.hasSubscribers('n2f:request')).toBe(false);
  });

  it('rejects bad options naming them', () => {
    expect(() => createMetrics({ prefix: '1bad' })).toThrow(/'prefix'/);
    expect(() => createMetrics({ sampleIntervalMs: -1 })).toThrow(/'sampleIntervalMs'/);
    expect(() => createMetrics({ maxOperations: 0 })).toThrow(/'maxOperations'/);
  });
});
