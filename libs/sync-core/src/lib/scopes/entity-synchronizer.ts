import type { AgressoView, InvalidRow, Source, SourceRecord } from '@n2f/agresso-source';
import type { N2fClient } from '@n2f/n2f-client';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { PlanWarning } from '../model/plan-warning.js';
import { pagesFor } from '../plan/estimate/estimate.js';
import type { FieldFailure, PlanContext, PlanDraft } from '../model/plan-context.js';
import type { CreateEntry, PlanEntry, RemovalEntry, UpdateEntry } from '../model/plan-types.js';
import type { ScopeRules } from '../plan/scope-rules.js';
import type { TargetIndex } from '../plan/target-index.js';
import type { References } from '../references/references.js';
import type { ScopeIO } from './scope-io.js';

/**
 * The base class scope authors extend: the pure rules the plan engine drives ({@link ScopeRules})
 * and the I/O the run drives ({@link ScopeIO}), with defaults for the optional hooks.
 */
export abstract class EntitySynchronizer<TRow = unknown, TTarget = unknown, TPayload = unknown>
  implements ScopeRules<TRow, TTarget, TPayload>, ScopeIO<TRow, TTarget, TPayload>
{
  abstract readonly name: string;
  abstract readonly view: AgressoView;
  readonly linksRecords: boolean = false;
  readonly guardedFields: readonly string[] = [];
  readonly createOnlyFields: readonly string[] = [];

  abstract loadSource(source: Source, signal?: AbortSignal): AsyncIterable<SourceRecord<TRow>>;
  abstract loadTarget(
    client: N2fClient,
    references: References,
    signal?: AbortSignal,
  ): Promise<readonly TTarget[]>;

  accepts(_row: TRow): boolean {
    return true;
  }
  ownsInvalidRow(_row: InvalidRow): boolean {
    return true;
  }
  routeOf(_row: TRow): string {
    return `rows no ${this.view} scope takes`;
  }
  abstract canonicalSource(
    row: TRow,
    context: PlanContext,
    failures: FieldFailure[],
  ): CanonicalRecord | undefined;
  abstract rowKey(row: TRow, context: PlanContext): string | null;
  abstract targetKey(raw: TTarget, context: PlanContext): string | undefined;
  abstract canonicalTarget(raw: TTarget, context: PlanContext): CanonicalRecord | undefined;
  abstract key(record: CanonicalRecord): string;
  abstract comparedFields(context: PlanContext): readonly string[];
  abstract buildPayload(record: CanonicalRecord, context: PlanContext): TPayload;

  linkedKeys(_row: TRow): readonly string[] {
    return [];
  }
  identity(record: CanonicalRecord): string {
    return this.key(record);
  }
  prepare(_draft: PlanDraft<TPayload, TTarget>, _context: PlanContext): void {
    // Most scopes have no links between their records.
  }
  removal(
    before: CanonicalRecord,
    key: string,
    isProtected: boolean,
    _context: PlanContext,
  ): RemovalEntry<TPayload> | null {
    return { action: 'delete', key, before, protected: isProtected };
  }
  finish(_draft: PlanDraft<TPayload, TTarget>, _context: PlanContext): void {
    // Source order is fine when records do not depend on each other.
  }
  targetReads(target: TargetIndex<TTarget>, _context: PlanContext): number {
    return pagesFor(target.size);
  }
  withoutFailedLinks(
    _entry: PlanEntry<TPayload>,
    _failedCreates: ReadonlySet<string>,
  ): { readonly entry: PlanEntry<TPayload>; readonly warning: PlanWarning } | undefined {
    return undefined;
  }

  abstract applyCreate(
    client: N2fClient,
    entry: CreateEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
  abstract applyUpdate(
    client: N2fClient,
    entry: UpdateEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
  abstract applyDelete(
    client: N2fClient,
    entry: RemovalEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
}

/** A scope: its pure rules and its I/O, as the registry and the run hold it. */
export type Scope<TRow = unknown, TTarget = unknown, TPayload = unknown> = ScopeRules<
  TRow,
  TTarget,
  TPayload
> &
  ScopeIO<TRow, TTarget, TPayload>;

/** A scope of any row, target and payload type. */
export type AnyScope = Scope<unknown, unknown, unknown>;
