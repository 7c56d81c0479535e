import type { Counts, RunReport } from './report-types.js';

const COLUMNS: readonly (keyof Counts)[] = [
  'created',
  'updated',
  'deleted',
  'unchanged',
  'invalid',
  'failed',
  'skipped',
];

/** A compact per-scope table of a run, for consoles and logs (no colours). */
export function formatRunSummary(report: RunReport): string {
  const header = [
    'scope'.padEnd(12),
    'status'.padEnd(9),
    ...COLUMNS.map((c) => c.padStart(9)),
    'time'.padStart(8),
  ].join(' ');
  const lines = report.scopes.map((s) =>
    [
      s.scope.padEnd(12),
      s.status.padEnd(9),
      ...COLUMNS.map((c) => String(s.counts[c]).padStart(9)),
      seconds(s.durationMs).padStart(8),
    ].join(' '),
  );
  const total = [
    'total'.padEnd(12),
    report.outcome.padEnd(9),
    ...COLUMNS.map((c) => String(report.totals[c]).padStart(9)),
    seconds(report.durationMs).padStart(8),
  ].join(' ');
  const calls = `N2F calls: ${report.apiCalls.read} reads, ${report.apiCalls.write} writes, ${report.apiCalls.retries} retries${report.dryRun ? ' (dry run: no writes)' : ''}`;
  return [
    header,
    ...lines,
    total,
    calls,
    `outcome: ${report.result.shortfalls.join(', ') || 'success'}`,
  ].join('\n');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
