import type { AgressoView, InvalidRow, Source, SourceRecord } from '@n2f/agresso-source';
import type { N2fClient } from '@n2f/n2f-client';
import type { CanonicalRecord } from './canonical/canonical-value.js';
import { pagesFor } from './plan/estimate.js';
import type { FieldFailure, PlanContext, PlanDraft } from './plan/plan-context.js';
import type { CreateEntry, PlanEntry, RemovalEntry, UpdateEntry } from './plan/plan-types.js';
import type { PlanWarning } from './model/plan-warning.js';
import type { TargetIndex } from './plan/target-index.js';
import type { ReferenceData } from './references/reference-data.js';

/**
 * A scope: how to read its rows and N2F records, make both canonical, key and compare them,
 * build payloads and write. `plan()` drives the pure hooks in a fixed order (target → source
 * → `prepare` → diff → `removal` → `finish`); the orchestrator drives the I/O ones.
 */
export abstract class EntitySynchronizer<TRow = unknown, TTarget = unknown, TPayload = unknown> {
  /** The scope name used by `--scope`, reports and the registry. */
  abstract readonly name: string;
  /** The Agresso view the rows come from. */
  abstract readonly view: AgressoView;

  /** Streams this scope's source rows (rows of other scopes are filtered by `accepts`). */
  abstract loadSource(source: Source, signal?: AbortSignal): AsyncIterable<SourceRecord<TRow>>;
  /** Reads every N2F record of the scope (all pages, every company). */
  abstract loadTarget(
    client: N2fClient,
    references: ReferenceData,
    signal?: AbortSignal,
  ): Promise<readonly TTarget[]>;

  /**
   * Whether records point to each other (users → managers): then `plan()` collects every source
   * record before comparing and calls `prepare`; otherwise it compares records as they stream.
   */
  readonly linksRecords: boolean = false;

  /** Whether a valid row belongs to this scope (axe scopes select their `typ`). */
  accepts(_row: TRow): boolean {
    return true;
  }
  /** Whether this scope reports a row the source could not type. */
  ownsInvalidRow(_row: InvalidRow): boolean {
    return true;
  }
  /** The canonical record of a row, or `undefined` after pushing each failed field to `failures`. */
  abstract canonicalSource(
    row: TRow,
    context: PlanContext,
    failures: FieldFailure[],
  ): CanonicalRecord | undefined;
  /** The key of a rejected row when readable: reported, and its N2F record is never removed. */
  abstract rowKey(row: TRow, context: PlanContext): string | null;
  /** The key of an N2F record, or `undefined` when unreadable; equals `key(canonicalTarget(raw))`. */
  abstract targetKey(raw: TTarget, context: PlanContext): string | undefined;
  /** The canonical record of an N2F record (built once per record while the plan indexes them). */
  abstract canonicalTarget(raw: TTarget, context: PlanContext): CanonicalRecord | undefined;
  /** The identity that matches a source record to its N2F record. */
  abstract key(record: CanonicalRecord): string;
  /** The fields a difference on which makes an update. */
  abstract comparedFields(context: PlanContext): readonly string[];
  /** The complete write payload for a canonical record. */
  abstract buildPayload(record: CanonicalRecord, context: PlanContext): TPayload;

  /** What the protected list is matched against (e-mail, code). */
  identity(record: CanonicalRecord): string {
    return this.key(record);
  }
  /** For `linksRecords` scopes: adjusts source records before the diff (manager links); may add warnings. */
  prepare(_draft: PlanDraft<TPayload, TTarget>, _context: PlanContext): void {
    // Most scopes have no links between their records.
  }
  /** The removal of an N2F record absent from the source, or `null` when nothing is left to do. */
  removal(
    before: CanonicalRecord,
    key: string,
    isProtected: boolean,
    _context: PlanContext,
  ): RemovalEntry<TPayload> | null {
    return { action: 'delete', key, before, protected: isProtected };
  }
  /** After the diff: orders creates and removals (managers first), adds follow-ups or summary warnings. */
  finish(_draft: PlanDraft<TPayload, TTarget>, _context: PlanContext): void {
    // Source order is fine when records do not depend on each other.
  }
  /** GET pages needed to list the scope's N2F records. */
  targetReads(target: TargetIndex<TTarget>, _context: PlanContext): number {
    return pagesFor(target.size);
  }

  /**
   * An entry rewritten so it no longer points at records whose create failed in this run (a user
   * whose manager could not be created is written without one), with the warning to report; or
   * `undefined` when the entry has no such link.
   */
  withoutFailedLinks(
    _entry: PlanEntry<TPayload>,
    _failedCreates: ReadonlySet<string>,
  ): { readonly entry: PlanEntry<TPayload>; readonly warning: PlanWarning } | undefined {
    return undefined;
  }

  /** Sends a create. Throws an error of the `SyncError` family when N2F refuses it. */
  abstract applyCreate(
    client: N2fClient,
    entry: CreateEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Sends an update (full payload). */
  abstract applyUpdate(
    client: N2fClient,
    entry: UpdateEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
  /** Sends a delete, or the expiry update of an `expire` entry. */
  abstract applyDelete(
    client: N2fClient,
    entry: RemovalEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
}

/** A synchronizer of any row, target and payload type, as the registry holds them. */
export type AnySynchronizer = EntitySynchronizer<unknown, unknown, unknown>;
