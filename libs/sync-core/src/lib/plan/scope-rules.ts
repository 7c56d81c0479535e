import type { InvalidRow } from '@n2f/agresso-source';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { FieldFailure, PlanContext, PlanDraft } from '../model/plan-context.js';
import type { PlanEntry, RemovalEntry } from '../model/plan-types.js';
import type { TargetIndex } from './target-index.js';

/**
 * The pure side of a scope, all the plan engine needs: make rows and N2F records canonical, key
 * and compare them, build payloads, and the ordering hooks. `plan()` calls them in a fixed order
 * (target → source → `prepare` → diff → `removal` → `finish`); none does I/O.
 */
export interface ScopeRules<TRow = unknown, TTarget = unknown, TPayload = unknown> {
  /** The scope name used by `--scope`, reports and the registry. */
  readonly name: string;
  /**
   * Whether records point to each other (users → managers): then `plan()` collects every source
   * record before comparing and calls `prepare`; otherwise it compares records as they stream.
   */
  readonly linksRecords: boolean;
  /** Whether a valid row belongs to this scope (axe scopes select their `typ`). */
  accepts(row: TRow): boolean;
  /** What routes a row to its scope (analytics: `typ 'FOO'`), named when no scope of the run takes it. */
  routeOf(row: TRow): string;
  /** Whether this scope reports a row the source could not type. */
  ownsInvalidRow(row: InvalidRow): boolean;
  /** The canonical record of a row, or `undefined` after pushing each failed field to `failures`. */
  canonicalSource(
    row: TRow,
    context: PlanContext,
    failures: FieldFailure[],
  ): CanonicalRecord | undefined;
  /** The key of a rejected row when readable: reported, and its N2F record is never removed. */
  rowKey(row: TRow, context: PlanContext): string | null;
  /** The key of an N2F record, or `undefined` when unreadable; equals `key(canonicalTarget(raw))`. */
  targetKey(raw: TTarget, context: PlanContext): string | undefined;
  /** The canonical record of an N2F record (built once per record while the plan indexes them). */
  canonicalTarget(raw: TTarget, context: PlanContext): CanonicalRecord | undefined;
  /** The identity that matches a source record to its N2F record. */
  key(record: CanonicalRecord): string;
  /** What the protected list is matched against (e-mail, code). */
  identity(record: CanonicalRecord): string;
  /** The fields a difference on which makes an update. */
  comparedFields(context: PlanContext): readonly string[];
  /** Keys of other records of the scope a row points to (a user's manager), for `--only`. */
  linkedKeys(row: TRow): readonly string[];
  /** Fields sent on create only, never compared nor overwritten afterwards. */
  readonly createOnlyFields: readonly string[];
  /** The compared fields the mass-change guard watches unless configured otherwise (domain.md §6). */
  readonly guardedFields: readonly string[];
  /** The complete write payload for a canonical record. */
  buildPayload(record: CanonicalRecord, context: PlanContext): TPayload;
  /** For `linksRecords` scopes: adjusts source records before the diff (manager links); may add warnings. */
  prepare(draft: PlanDraft<TPayload, TTarget>, context: PlanContext): void;
  /** The removal of an N2F record absent from the source, or `null` when nothing is left to do. */
  removal(
    before: CanonicalRecord,
    key: string,
    isProtected: boolean,
    context: PlanContext,
  ): RemovalEntry<TPayload> | null;
  /** After the diff: orders creates and removals (managers first), adds follow-ups or summary warnings. */
  finish(draft: PlanDraft<TPayload, TTarget>, context: PlanContext): void;
  /** GET pages needed to list the scope's N2F records. */
  targetReads(target: TargetIndex<TTarget>, context: PlanContext): number;
  /**
   * An entry rewritten so it no longer points at records whose create failed in this run (a user
   * whose manager could not be created is written without one), with the warning to report; or
   * `undefined` when the entry has no such link.
   */
  withoutFailedLinks(
    entry: PlanEntry<TPayload>,
    failedCreates: ReadonlySet<string>,
  ): { readonly entry: PlanEntry<TPayload>; readonly warning: PlanWarning } | undefined;
}
