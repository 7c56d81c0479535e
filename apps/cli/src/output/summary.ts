import { formatDuration } from './format.js';
import type { ReportCounts, ReportScope, RunReportShape } from './report-types.js';

/** How many invalid rows and failures are listed per scope before "… and N more". */
const LIST_LIMIT = 10;

const VERDICT: Readonly<Record<number, string>> = {
  0: 'all good',
  1: 'some entities failed or were invalid (see above)',
  3: 'a safety guard held back deletes (see above)',
  4: 'a scope could not run (see above)',
};

/** The console summary of a run: a table per scope, then what needs attention, then the verdict. */
export function formatSummary(report: RunReportShape): string {
  const lines = [
    `Run ${report.runId}${report.dryRun ? ' (dry run: nothing written)' : ''}: ${report.outcome} in ${formatDuration(report.durationMs)}`,
    '',
    ...table(report),
    '',
    `API calls: ${report.apiCalls.read} reads, ${report.apiCalls.write} writes, ${report.apiCalls.retries} retries, ${report.apiCalls.rateLimited} rate-limited`,
    `Quota (${report.quota.window}): reads ${report.quota.reads.used}/${report.quota.reads.limit} per minute, writes ${report.quota.writes.used}/${report.quota.writes.limit}`,
  ];
  for (const scope of report.scopes) lines.push(...attention(scope));
  lines.push('', `Exit ${report.exitCode}: ${VERDICT[report.exitCode] ?? report.outcome}`);
  return lines.join('\n');
}

const COLUMNS: readonly (keyof ReportCounts)[] = ['created', 'updated', 'deleted', 'unchanged', 'invalid', 'failed', 'skipped'];

function table(report: RunReportShape): string[] {
  const header = ['scope', 'status', ...COLUMNS, 'reads', 'writes', 'time'];
  const rows = report.scopes.map((s) => [s.scope, s.status, ...COLUMNS.map((c) => String(s.counts[c])), String(s.apiCalls.read), String(s.apiCalls.write), formatDuration(s.durationMs)]);
  const totals = ['total', report.outcome, ...COLUMNS.map((c) => String(report.totals[c])), String(report.apiCalls.read), String(report.apiCalls.write), formatDuration(report.durationMs)];
  const all = [header, ...rows, totals];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const render = (row: string[]): string => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [render(header), ...rows.map(render), render(totals)];
}

function attention(scope: ReportScope): string[] {
  const lines: string[] = [];
  if (scope.error !== undefined) lines.push(`  ✖ could not run: ${scope.error.message} [${scope.error.code}]`);
  if (scope.guard !== undefined) lines.push(`  ⚠ deletes held back (${scope.guard.reason}): ${scope.guard.message}`, `    to allow them for this run: ${scope.guard.override}`);
  lines.push(...limited(scope.invalid, (row) => `  ✖ invalid ${row.key ?? '(no key)'}: ${row.field} = ${JSON.stringify(row.value)}${row.problem === undefined ? '' : ` ${row.problem}`}; fix: ${row.fix}`));
  lines.push(...limited(scope.failures, (f) => `  ✖ ${f.action} ${f.key} failed: ${f.message} [${f.code}]`));
  lines.push(...limited(scope.warnings, (w) => `  ⚠ ${w.message}`));
  return lines.length === 0 ? [] : ['', `${scope.scope}:`, ...lines];
}

function limited<T>(items: readonly T[], render: (item: T) => string): string[] {
  const shown = items.slice(0, LIST_LIMIT).map(render);
  if (items.length > LIST_LIMIT) shown.push(`  … and ${items.length - LIST_LIMIT} more (see --report for all)`);
  return shown;
}
