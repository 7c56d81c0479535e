import type { CanonicalRecord, CanonicalValue } from '../canonical/canonical-value.js';
import type { InvalidRecord } from './invalid-record.js';
import type { PlanWarning } from './plan-warning.js';
import type { PlanEstimate } from '../plan/estimate/estimate.js';

/** The writes a plan may contain. */
export type PlanAction = 'create' | 'update' | 'delete';

/** One compared field that differs: canonical value in N2F (`before`) and wanted (`after`). */
export interface FieldChange {
  readonly field: string;
  readonly before: CanonicalValue;
  readonly after: CanonicalValue;
}

/** A record to create: nothing in N2F yet (`before: null`), the canonical result and the payload. */
export interface CreateEntry<P> {
  readonly action: 'create';
  readonly key: string;
  readonly before: null;
  readonly after: CanonicalRecord;
  readonly payload: P;
}

/**
 * A record to update. `before` is the canonical N2F state the plan saw, so `apply` can check it
 * is still current; the payload is complete (N2F upserts). A `followUp` update completes a create
 * of the same plan (a manager link deferred to break a cycle); its `before` is that create's `after`.
 */
export interface UpdateEntry<P> {
  readonly action: 'update';
  readonly key: string;
  readonly before: CanonicalRecord;
  readonly after: CanonicalRecord;
  readonly changes: readonly FieldChange[];
  readonly payload: P;
  readonly followUp: boolean;
}

/** A record in N2F that the source no longer has. `protected` ones must never be deleted. */
export interface DeleteEntry {
  readonly action: 'delete';
  readonly key: string;
  readonly before: CanonicalRecord;
  readonly protected: boolean;
}

/** An axe value to expire instead of deleting: an update setting `validityDateTo` to yesterday. */
export interface ExpireEntry<P> {
  readonly action: 'expire';
  readonly key: string;
  readonly before: CanonicalRecord;
  readonly after: CanonicalRecord;
  readonly changes: readonly FieldChange[];
  readonly payload: P;
  readonly protected: boolean;
}

/** What removes a record from the active set: a delete or an expiry. */
export type RemovalEntry<P> = DeleteEntry | ExpireEntry<P>;

/** Any entry of a plan. */
export type PlanEntry<P> = CreateEntry<P> | UpdateEntry<P> | RemovalEntry<P>;

/** How many records fell in each bucket. */
export interface PlanCounts {
  /** Valid, distinct source records of the scope. */
  readonly source: number;
  /** Distinct N2F records of the scope. */
  readonly target: number;
  readonly creates: number;
  readonly updates: number;
  /** Removals that are not protected. */
  readonly deletes: number;
  readonly protected: number;
  readonly unchanged: number;
  /** Source rows rejected (a row with two bad fields counts once). */
  readonly invalid: number;
  /** Source rows the scope's filter left out. */
  readonly outOfScope: number;
  /** Changes found but left out because their action was not asked for. */
  readonly skipped: {
    readonly creates: number;
    readonly updates: number;
    readonly deletes: number;
  };
}

/**
 * The exact changes for one scope, as plain JSON: creates in dependency order, updates with
 * their field changes, removals (deletes run last, reports before their managers), invalid
 * rows, warnings, counts and the call/time estimate.
 */
export interface ScopePlan<P = unknown> {
  readonly scope: string;
  readonly creates: readonly CreateEntry<P>[];
  readonly updates: readonly UpdateEntry<P>[];
  readonly deletes: readonly RemovalEntry<P>[];
  readonly invalid: readonly InvalidRecord[];
  readonly warnings: readonly PlanWarning[];
  readonly counts: PlanCounts;
  readonly estimate: PlanEstimate;
  /** The scope's filter and create-only fields, when it has some. */
  readonly controls: PlanControls;
}

/** The operator's settings that shaped a scope's plan (domain.md §6). */
export interface PlanControls {
  /** The scoping filter, e.g. `exclude Fonction = Stagiaire`. */
  readonly filter?: string;
  /** What happens to the N2F entity of an out-of-scope row. */
  readonly outOfScope?: 'keep' | 'delete';
  /** Fields sent on create only. */
  readonly createOnly?: readonly string[];
}
