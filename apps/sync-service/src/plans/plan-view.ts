import type {
  FieldChange,
  InvalidRecord,
  PlanCounts,
  PlanWarning,
  ScopePlan,
} from '@n2f/sync-core';
import type { StoredPlan } from './plan-store.js';

/** Most entries shown per scope; the counts always cover them all. */
const MAX_ENTRIES = 1000;

/** One change of the plan for review: the entity, and each field before and after (no payload). */
export interface EntryView {
  readonly action: 'create' | 'update' | 'delete' | 'expire';
  readonly key: string;
  readonly changes: readonly FieldChange[];
  readonly protected?: boolean;
}

/** A scope of the plan for review. */
export interface ScopeView {
  readonly scope: string;
  readonly status: 'planned' | 'failed';
  readonly counts?: PlanCounts;
  readonly entries: readonly EntryView[];
  readonly entriesLeftOut: number;
  readonly invalid: readonly InvalidRecord[];
  readonly warnings: readonly PlanWarning[];
  /** Why deletes would be held, and how to override. */
  readonly guard?: { readonly message: string; readonly override: string };
  readonly error?: string;
  readonly durationMs?: { readonly day: number; readonly night: number };
}

/** `GET /plans/:id`: the plan to review, its state and when it stops being approvable. */
export interface PlanView {
  readonly id: string;
  readonly state: 'ready' | 'expired' | 'applied';
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly appliedBy?: string;
  readonly actions: readonly string[];
  readonly result: string;
  readonly scopes: readonly ScopeView[];
}

function fieldsOf(
  record: Readonly<Record<string, FieldChange['after']>>,
  side: 'before' | 'after',
): FieldChange[] {
  return Object.entries(record).map(([field, value]) =>
    side === 'after'
      ? { field, before: null, after: value }
      : { field, before: value, after: null },
  );
}

function entriesOf(plan: ScopePlan): EntryView[] {
  return [
    ...plan.creates.map((e) => ({
      action: e.action,
      key: e.key,
      changes: fieldsOf(e.after, 'after'),
    })),
    ...plan.updates.map((e) => ({ action: e.action, key: e.key, changes: e.changes })),
    ...plan.deletes.map((e) => ({
      action: e.action,
      key: e.key,
      changes: e.action === 'expire' ? e.changes : fieldsOf(e.before, 'before'),
      protected: e.protected,
    })),
  ];
}

/** The review of a stored plan at `now`: counts, diffs, invalid rows with fixes, guards, ETA. */
export function planView(stored: StoredPlan, now: Date): PlanView {
  const { plan } = stored;
  const state = stored.appliedBy ? 'applied' : now >= stored.expiresAt ? 'expired' : 'ready';
  return {
    id: plan.runId,
    state,
    createdAt: plan.createdAt,
    expiresAt: stored.expiresAt.toISOString(),
    ...(stored.appliedBy ? { appliedBy: stored.appliedBy } : {}),
    actions: plan.actions,
    result: plan.result.kind,
    scopes: plan.scopes.map((scope): ScopeView => {
      if (scope.status === 'failed')
        return {
          scope: scope.scope,
          status: 'failed',
          entries: [],
          entriesLeftOut: 0,
          invalid: [],
          warnings: [],
          error: scope.error?.message ?? 'the scope could not be planned',
        };
      const entries = entriesOf(scope.plan);
      return {
        scope: scope.scope,
        status: 'planned',
        counts: scope.plan.counts,
        entries: entries.slice(0, MAX_ENTRIES),
        entriesLeftOut: Math.max(0, entries.length - MAX_ENTRIES),
        invalid: scope.plan.invalid,
        warnings: scope.plan.warnings,
        ...(scope.guard
          ? { guard: { message: scope.guard.message, override: scope.guard.override } }
          : {}),
        durationMs: scope.plan.estimate.durationMs,
      };
    }),
  };
}
