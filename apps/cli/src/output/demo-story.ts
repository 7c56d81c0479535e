import { relative } from 'node:path';
import type { SimulatorState } from '@n2f/n2f-simulator';
import type { RunReport } from '@n2f/sync-core';
import { scopeLine } from './attach-progress.js';
import { formatDuration, plural } from './format.js';

/** Entity writes of a run (creates, updates, deletes, failed attempts); `POST /auth` is not one. */
export function changes(report: RunReport): number {
  const { created, updated, deleted, failed } = report.totals;
  return created + updated + deleted + failed;
}

/** What the demo starts from. */
export function demoIntro(url: string, state: SimulatorState, files: { users: string; analytics: string }): string {
  return [
    'n2f-sync demo: Agresso sample data → N2F simulator (nothing to set up, nothing leaves this machine)',
    '',
    `N2F simulator started at ${url} with the demo account:`,
    `  ${plural(state.companies.length, 'company', 'companies')} (${state.companies.map((c) => c.code).join(', ')}), ${plural(state.roles.length, 'role')}, ${plural(state.userprofiles.length, 'profile')}, ${plural(state.users.length, 'user')}, ${plural(state.axeValues.length, 'axe value')}`,
    'Agresso sample (CSV exports of the two views):',
    `  users:     ${relative(process.cwd(), files.users)}`,
    `  analytics: ${relative(process.cwd(), files.analytics)}`,
  ].join('\n');
}

/** One run told per scope, with the rows the sample deliberately gets wrong. */
export function demoRunStory(title: string, report: RunReport): string {
  const lines = [title];
  for (const scope of report.scopes) lines.push(`  ${scope.scope.padEnd(9)} ${scopeLine(scope)}`);
  lines.push(`  ${changes(report) === 0 ? '0 writes: N2F already matches Agresso' : plural(changes(report), 'entity write')}; ${report.apiCalls.read} reads, ${report.apiCalls.write} writes in all (auth included), ${formatDuration(report.durationMs)}`);
  const invalid = report.scopes.flatMap((scope) => scope.invalid.map((row) => ({ scope: scope.scope, row })));
  if (invalid.length > 0) lines.push(`  Rows not sent, each with its fix (the sample has a few on purpose):`);
  for (const { scope, row } of invalid.slice(0, 5)) lines.push(`    ${scope} ${row.key ?? '(no key)'}: ${row.field} = ${JSON.stringify(row.value)}; fix: ${row.fix}`);
  if (invalid.length > 5) lines.push(`    … and ${invalid.length - 5} more`);
  return lines.join('\n');
}

/** Where N2F stands now, and what to try next. */
export function demoOutro(second: RunReport, state: SimulatorState): string {
  return [
    `second run: ${changes(second)} writes`,
    `N2F (simulated) now holds ${plural(state.users.length, 'user')} and ${plural(state.axeValues.length, 'axe value')}.`,
    '',
    'Next: n2f-sync --help · n2f-sync plan --config <file> · configuration reference in docs/configuration.md',
  ].join('\n');
}
