import { formatRunSummary, type InvalidRecord, type RunReport, type ScopeReport } from '@n2f/sync-core';
import { exitCodeOf } from '../exit-codes.js';
import { formatDuration } from './format.js';

/** How many invalid rows, failures and warnings are listed per scope before "… and N more". */
const LIST_LIMIT = 10;

const VERDICT: Readonly<Record<number, string>> = {
  0: 'all good',
  1: 'some entities failed, were invalid or were skipped (see above)',
  3: 'a safety guard held back deletes or mass changes (see above)',
  4: 'a scope could not run (see above)',
};

/** The console summary of a run: sync-core's table, the quota use, what needs attention, the verdict. */
export function formatSummary(report: RunReport): string {
  const lines = [`Run ${report.runId}${report.dryRun ? ' (dry run: nothing written)' : ''}: ${report.outcome} in ${formatDuration(report.durationMs)}`, '', formatRunSummary(report)];
  if (report.quota !== undefined) {
    const { window, reads, writes } = report.quota;
    lines.push(`quota (${window} window): ${reads.used}/${reads.limit} reads and ${writes.used}/${writes.limit} writes in the last minute; ${report.apiCalls.rateLimited} rate-limited`);
  }
  lines.push(...ignoredLines(report));
  for (const scope of report.scopes) lines.push(...attention(scope));
  lines.push('', verdict(report));
  return lines.join('\n');
}

/** The last line: what the run came to; an interrupted run says what it left to do. */
export function verdict(report: RunReport): string {
  if (report.result.kind === 'interrupted') {
    const { created, updated, deleted, skipped } = report.totals;
    return `interrupted: ${created + updated + deleted} done, ${skipped} not attempted — run again to finish`;
  }
  return `Result: ${VERDICT[exitCodeOf(report.result)] ?? report.outcome}`;
}

function attention(scope: ScopeReport): string[] {
  const lines: string[] = [];
  if (scope.error !== undefined) lines.push(`  ✖ could not run: ${scope.error.message} [${scope.error.code}]`);
  if (scope.guard !== undefined) lines.push(`  ⚠ deletes held back (${scope.guard.reason}): ${scope.guard.message}`, `    to allow them for this run: ${scope.guard.override}`);
  for (const hold of scope.massChange ?? []) lines.push(`  ⚠ mass change held back: ${hold.message}`, ...hold.examples.map((e) => `    e.g. ${e.key}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}`), `    to allow them: ${hold.override}`);
  lines.push(...limited(scope.invalid, (row) => `  ✖ invalid ${row.key ?? '(no key)'}${where(row)}: ${row.field} = ${JSON.stringify(row.value)} ${row.problem}; fix: ${row.fix}`));
  lines.push(...limited(scope.failures, (f) => `  ✖ ${f.action} ${f.key} ${f.outcome}: ${f.message} [${f.code}]`));
  lines.push(...limited(scope.warnings, (w) => `  ⚠ ${w.message}`));
  return lines.length === 0 ? [] : ['', `${scope.scope}:`, ...lines];
}

// Row and Agresso column, when known, so the operator finds the cell to fix.
function where(row: InvalidRecord): string {
  const parts = [row.rowNumber === null ? '' : `row ${row.rowNumber}`, row.column === null ? '' : `column ${row.column}`].filter((p) => p !== '');
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

// Rows no scope took: each routing value once, and the total, so every row is accounted for.
function ignoredLines(report: RunReport): string[] {
  if (report.ignored.length === 0) return [];
  const total = report.ignored.reduce((sum, entry) => sum + entry.rows, 0);
  return [`ignored: ${total} source row${total === 1 ? '' : 's'} no scope of this run takes`, ...report.ignored.map((entry) => `  ignored: ${entry.value} × ${entry.rows} (${entry.view})`)];
}

function limited<T>(items: readonly T[], render: (item: T) => string): string[] {
  const shown = items.slice(0, LIST_LIMIT).map(render);
  if (items.length > LIST_LIMIT) shown.push(`  … and ${items.length - LIST_LIMIT} more (see --report for all)`);
  return shown;
}
