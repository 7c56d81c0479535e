import type { AgressoView, Source, SourceRecord } from '@n2f/agresso-source';
import type { N2fClient } from '@n2f/n2f-client';
import type { CreateEntry, RemovalEntry, UpdateEntry } from '../model/plan-types.js';
import type { References } from '../references/references.js';

/** The I/O side of a scope: read its source rows and N2F records, send its writes. */
export interface ScopeIO<TRow = unknown, TTarget = unknown, TPayload = unknown> {
  readonly name: string;
  /** The Agresso view the rows come from. */
  readonly view: AgressoView;
  /** Streams this scope's source rows (rows of other scopes are filtered by `accepts`). */
  loadSource(source: Source, signal?: AbortSignal): AsyncIterable<SourceRecord<TRow>>;
  /** Reads every N2F record of the scope (all pages, every company). */
  loadTarget(
    client: N2fClient,
    references: References,
    signal?: AbortSignal,
  ): Promise<readonly TTarget[]>;
  /** Sends a create. Throws an error of the `SyncError` family when N2F refuses it. */
  applyCreate(client: N2fClient, entry: CreateEntry<TPayload>, signal?: AbortSignal): Promise<void>;
  /** Sends an update (full payload). */
  applyUpdate(client: N2fClient, entry: UpdateEntry<TPayload>, signal?: AbortSignal): Promise<void>;
  /** Sends a delete, or the expiry update of an `expire` entry. */
  applyDelete(
    client: N2fClient,
    entry: RemovalEntry<TPayload>,
    signal?: AbortSignal,
  ): Promise<void>;
}
