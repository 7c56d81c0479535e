import type { CanonicalValue } from '../canonical/canonical-value.js';
import type { FieldChange, ScopePlan } from '../model/plan-types.js';
import type { PlannedScope, RunPlan } from '../run/run-plan.js';

/** Options of {@link formatPlanText}. */
export interface PlanTextOptions {
  /** Most entries listed per section; the rest are counted. @default 50 */
  readonly maxItems?: number;
}

/**
 * The plan as an operator reads it: per scope the creates, updates (field: before → after),
 * deletes, invalid rows with their fix, warnings, and the calls and time needed by day and by
 * night; a scope that could not be planned, with the reason.
 */
export function formatPlanText(plan: RunPlan, options: PlanTextOptions = {}): string {
  const max = options.maxItems ?? 50;
  return plan.scopes.map((scope) => plannedText(scope, max)).join('\n\n');
}

function plannedText(scope: PlannedScope, max: number): string {
  if (scope.status === 'planned')
    return [scopeText(scope.plan, max), ...guardText(scope)].join('\n');
  const reason = scope.error
    ? `${scope.error.message} [${scope.error.code}]`
    : 'the run was stopped';
  return `${scope.scope}: could not be planned: ${reason}`;
}

function scopeText(p: ScopePlan, max: number): string {
  const c = p.counts;
  const header = `${p.scope}: ${c.creates} to create, ${c.updates} to update, ${c.deletes} to delete${c.protected ? ` (${c.protected} protected kept)` : ''}, ${c.unchanged} unchanged, ${c.invalid} invalid${p.controls.filter ? `, ${c.outOfScope} out of scope` : ''}`;
  return [
    header,
    ...controlsText(p),
    ...list(
      p.creates.map((e) => `  + create ${e.key}`),
      max,
    ),
    ...list(
      p.updates.map(
        (e) => `  ~ update ${e.key}${e.followUp ? ' (follow-up)' : ''}: ${changesText(e.changes)}`,
      ),
      max,
    ),
    ...list(
      p.deletes.map((e) => `  - ${e.protected ? 'keep (protected)' : e.action} ${e.key}`),
      max,
    ),
    ...list(
      p.invalid.map(
        (i) =>
          `  ! invalid ${i.key ?? `row ${i.rowNumber ?? '?'}`}: ${i.field} ${JSON.stringify(i.value)} ${i.problem}; fix: ${i.fix}`,
      ),
      max,
    ),
    ...list(
      p.warnings.map((w) => `  ⚠ ${w.code}: ${w.message}`),
      max,
    ),
    `  calls: ${p.estimate.reads.total} reads, ${p.estimate.writes.total} writes; at the quota ${duration(p.estimate.durationMs.day)} by day, ${duration(p.estimate.durationMs.night)} by night`,
  ].join('\n');
}

function controlsText(p: ScopePlan): string[] {
  const { filter, outOfScope, createOnly } = p.controls;
  return [
    ...(filter
      ? [
          `  filter: ${filter}; N2F entities of out-of-scope rows ${outOfScope === 'delete' ? 'deleted' : 'kept'}`,
        ]
      : []),
    ...(createOnly
      ? [`  create-only: ${createOnly.join(', ')} (sent on create, never overwritten)`]
      : []),
  ];
}

// What the guards would hold back, and how the operator lets it through.
function guardText(scope: PlannedScope & { readonly status: 'planned' }): string[] {
  const lines: string[] = [];
  if (scope.guard)
    lines.push(
      `  ⛔ deletes held: ${scope.guard.message}`,
      `     to allow: ${scope.guard.override}`,
    );
  for (const hold of scope.massChange ?? [])
    lines.push(
      `  ⛔ mass change held: ${hold.message}`,
      ...hold.examples.map(
        (e) => `     e.g. ${e.key}: ${valueText(e.before)} → ${valueText(e.after)}`,
      ),
      `     to allow: ${hold.override}`,
    );
  return lines;
}

function list(lines: readonly string[], max: number): string[] {
  return lines.length <= max
    ? [...lines]
    : [
        ...lines.slice(0, max),
        `    … and ${lines.length - max} more (save the whole plan with --out)`,
      ];
}

function changesText(changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.field} ${valueText(c.before)} → ${valueText(c.after)}`).join('; ');
}

function valueText(value: CanonicalValue): string {
  if (value === null) return '(empty)';
  return JSON.stringify(value);
}

/** A duration as `1h 02m`, `3m 20s` or `12s`. */
export function duration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s >= 3600)
    return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}
