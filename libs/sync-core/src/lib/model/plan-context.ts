import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { ConversionFailure } from '../canonical/canonical-value.js';
import type { InvalidRecord } from './invalid-record.js';
import type { PlanWarning } from './plan-warning.js';
import type { References } from '../references/references.js';
import type { ResolvedPlanOptions } from './plan-options.js';
import type { CreateEntry, RemovalEntry, UpdateEntry } from './plan-types.js';
import type { SourceKeys } from '../plan/source-keys.js';
import type { TargetIndex } from '../plan/target-index.js';

/** What every hook of a plan may read: the indexed references and the resolved options. */
export interface PlanContext {
  readonly scope: string;
  readonly references: References;
  readonly options: ResolvedPlanOptions;
}

/** A source field that failed conversion; the plan turns it into an `InvalidRecord`. */
export interface FieldFailure {
  readonly field: string;
  readonly column: string;
  readonly value: unknown;
  readonly failure: ConversionFailure;
}

/** The plan as it is being built; hooks adjust it in place (links, order, follow-ups). */
export interface PlanDraft<P, TTarget = unknown> {
  /**
   * Valid source records by key, in source order, filled only for scopes that link records
   * (`linksRecords`); `prepare` may replace records. Other scopes are compared as they stream.
   */
  readonly source: Map<string, CanonicalRecord>;
  /** Keys of the valid source records. */
  readonly sourceKeys: SourceKeys;
  readonly target: TargetIndex<TTarget>;
  /** Keys of source rows rejected as invalid (when readable); their N2F records are never removed. */
  readonly invalidKeys: Set<string>;
  readonly invalid: InvalidRecord[];
  readonly warnings: PlanWarning[];
  creates: CreateEntry<P>[];
  updates: UpdateEntry<P>[];
  deletes: RemovalEntry<P>[];
}
