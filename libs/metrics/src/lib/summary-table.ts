import type { MetricsSnapshot, ScopeOperation } from './snapshot-types.js';

interface Column {
  readonly title: string;
  readonly width: number;
  readonly value: (row: ScopeRow) => string | number;
}

interface ScopeRow {
  readonly scope: string;
  readonly runs: number;
  readonly outcome: string;
  readonly seconds: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly apiCalls: number;
  readonly peakRssMb: number;
}

const count = (name: string) => (row: ScopeRow) => row.counts[name] ?? 0;
const COLUMNS: readonly Column[] = [
  { title: 'scope', width: 14, value: (r) => r.scope },
  { title: 'runs', width: 5, value: (r) => r.runs },
  { title: 'outcome', width: 8, value: (r) => r.outcome },
  { title: 'seconds', width: 9, value: (r) => r.seconds.toFixed(1) },
  ...['created', 'updated', 'deleted', 'unchanged', 'invalid', 'failed'].map((name) => ({
    title: name,
    width: Math.max(name.length, 7),
    value: count(name),
  })),
  { title: 'api calls', width: 9, value: (r) => r.apiCalls },
  { title: 'peak MB', width: 8, value: (r) => r.peakRssMb.toFixed(1) },
];

function cell(column: Column, text: string, first: boolean): string {
  const fitted = text.length > column.width ? `${text.slice(0, column.width - 1)}~` : text;
  return first ? fitted.padEnd(column.width) : fitted.padStart(column.width);
}

function line(texts: readonly string[]): string {
  return COLUMNS.map((column, i) => cell(column, texts[i] ?? '', i === 0))
    .join('  ')
    .trimEnd();
}

function scopeRows(operations: readonly ScopeOperation[]): ScopeRow[] {
  const rows = new Map<string, ScopeRow>();
  for (const op of operations) {
    const prev = rows.get(op.scope);
    const counts: Record<string, number> = { ...prev?.counts };
    for (const [name, n] of Object.entries(op.counts ?? {})) counts[name] = (counts[name] ?? 0) + n;
    rows.set(op.scope, {
      scope: op.scope,
      runs: (prev?.runs ?? 0) + 1,
      outcome: op.outcome ?? 'running',
      seconds: (prev?.seconds ?? 0) + (op.duration_seconds ?? 0),
      counts,
      apiCalls: (prev?.apiCalls ?? 0) + op.api_calls,
      peakRssMb: Math.max(prev?.peakRssMb ?? 0, op.memory.peak_rss_mb),
    });
  }
  return [...rows.values()];
}

const percent = (rate: number | null): string =>
  rate === null ? 'n/a' : `${(rate * 100).toFixed(1)} %`;

function totals({ summary: s }: MetricsSnapshot): string[] {
  const ops = s.operations;
  const api = s.api_calls;
  const latency = api.average_latency_ms === null ? '' : `, mean ${api.average_latency_ms} ms`;
  return [
    `operations   ${ops.total} (done ${ops.done}, refused ${ops.refused}, failed ${ops.failed}, skipped ${ops.skipped}), success ${percent(ops.success_rate)}`,
    `api calls    ${api.total} (errors ${api.errors}, retries ${api.retries}, give-ups ${api.give_ups}${latency})`,
    `quota waits  ${api.quota_waits} (${api.quota_wait_seconds.toFixed(1)} s)`,
    `cache        ${s.cache.hits} hits, ${s.cache.misses} misses, hit rate ${percent(s.cache.hit_rate)}`,
    `source rows  ${s.records.read} read, ${s.records.invalid} invalid`,
    `memory       peak RSS ${s.memory.peak_rss_mb} MB, mean ${s.memory.average_rss_mb} MB, peak heap ${s.memory.peak_heap_mb} MB (${s.memory.samples} samples)`,
    `duration     ${s.durations.total_seconds.toFixed(1)} s over ${s.durations.runs} run(s), ${s.durations.scope_runs} scope run(s)`,
  ];
}

/** A plain-text summary: one fixed-width row per scope, then totals. No colours, no trailing spaces. */
export function formatSummaryTable(snapshot: MetricsSnapshot): string {
  const rows = scopeRows(snapshot.operations);
  const header = line(COLUMNS.map((c) => c.title));
  const body =
    rows.length === 0
      ? ['(no scope has run)']
      : rows.map((row) => line(COLUMNS.map((c) => String(c.value(row)))));
  return [header, '-'.repeat(header.length), ...body, '', ...totals(snapshot)].join('\n');
}
