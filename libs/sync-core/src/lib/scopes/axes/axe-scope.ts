import type { AgressoAnalyticsRow, InvalidRow, Source, SourceRecord } from '@n2f/agresso-source';
import type { N2fAxeValuePayload, N2fClient } from '@n2f/n2f-client';
import type { CanonicalRecord } from '../../canonical/canonical-value.js';
import { isCode } from './same-code.js';
import { canonText } from '../../canonical/text.js';
import { EntitySynchronizer } from '../entity-synchronizer.js';
import type { FieldFailure, PlanContext, PlanDraft } from '../../model/plan-context.js';
import type { CreateEntry, RemovalEntry, UpdateEntry } from '../../model/plan-types.js';
import type { TargetIndex } from '../../plan/target-index.js';
import type { References } from '../../references/references.js';
import {
  axeIdIn,
  axeKey,
  axeRecordFromRow,
  axeRecordKey,
  type AxeTarget,
  type AxeValueTarget,
} from './axe-record.js';
import {
  axePayload,
  axeRecordFromN2f,
  axeRemoval,
  axeTargetReads,
  unknownCompanyWarnings,
} from './axe-support.js';
import { withSignal } from '../../load/with-signal.js';

/** How an axe scope is defined: its name, its Agresso `typ` and the N2F axe it writes. */
export interface AxeScopeDefinition {
  readonly name: string;
  /** Agresso `typ` (matched trimmed, any case), e.g. `PLAQUE`. */
  readonly typ: string;
  readonly axe: AxeTarget;
  /** Whether this scope reports analytics rows the source could not type (one scope should). */
  readonly reportsUntypedRows: boolean;
}

const COMPARED: readonly string[] = ['names', 'validityDateFrom', 'validityDateTo'];

/** A scope of axe values (projects, plates, sub-posts), keyed by company and code. */
export class AxeScope extends EntitySynchronizer<
  AgressoAnalyticsRow,
  AxeValueTarget,
  N2fAxeValuePayload
> {
  readonly name: string;
  readonly view = 'analytics' as const;
  readonly definition: AxeScopeDefinition;
  override readonly guardedFields: readonly string[] = COMPARED;
  readonly #typ: string;

  constructor(definition: AxeScopeDefinition) {
    super();
    this.definition = definition;
    this.name = definition.name;
    this.#typ = definition.typ.trim().toUpperCase();
  }

  override loadSource(
    source: Source,
    signal?: AbortSignal,
  ): AsyncIterable<SourceRecord<AgressoAnalyticsRow>> {
    return source.readAnalytics(withSignal(signal));
  }

  override async loadTarget(
    client: N2fClient,
    references: References,
    signal?: AbortSignal,
  ): Promise<readonly AxeValueTarget[]> {
    const values: AxeValueTarget[] = [];
    for (const company of references.companyUuids) {
      const axe = axeIdIn(this.definition.axe, company, references);
      if (axe === undefined) continue;
      const list = await client.listAxeValues(company, axe, withSignal(signal));
      for (const value of list.items) values.push({ company, axe, value });
    }
    return values;
  }

  override accepts(row: AgressoAnalyticsRow): boolean {
    return row.typ !== null && isCode(row.typ, this.#typ);
  }

  override routeOf(row: AgressoAnalyticsRow): string {
    return row.typ === null ? 'typ NULL' : `typ '${row.typ.trim()}'`;
  }

  override ownsInvalidRow(_row: InvalidRow): boolean {
    return this.definition.reportsUntypedRows;
  }

  override canonicalSource(
    row: AgressoAnalyticsRow,
    context: PlanContext,
    failures: FieldFailure[],
  ): CanonicalRecord | undefined {
    return axeRecordFromRow(row, this.definition.axe, context, failures);
  }

  override rowKey(row: AgressoAnalyticsRow): string | null {
    const code = canonText(row.code);
    return code === null ? null : axeKey(canonText(row.client) ?? '', code);
  }

  override targetKey(raw: AxeValueTarget, context: PlanContext): string | undefined {
    const companyCode = context.references.companyCode(raw.company);
    const code = canonText(raw.value.code);
    return companyCode === undefined || code === null ? undefined : axeKey(companyCode, code);
  }

  override canonicalTarget(raw: AxeValueTarget, context: PlanContext): CanonicalRecord | undefined {
    return axeRecordFromN2f(raw, context);
  }

  override key(record: CanonicalRecord): string {
    return axeRecordKey(record);
  }

  override identity(record: CanonicalRecord): string {
    return record['code'] as string;
  }

  override comparedFields(): readonly string[] {
    return COMPARED;
  }

  override buildPayload(record: CanonicalRecord, context: PlanContext): N2fAxeValuePayload {
    return axePayload(record, context.options.cultures);
  }

  override finish(draft: PlanDraft<N2fAxeValuePayload, AxeValueTarget>): void {
    for (const warning of unknownCompanyWarnings(draft.invalid)) draft.warnings.push(warning);
  }

  override removal(
    before: CanonicalRecord,
    key: string,
    isProtected: boolean,
    context: PlanContext,
  ): RemovalEntry<N2fAxeValuePayload> | null {
    return axeRemoval(before, key, isProtected, context);
  }

  override targetReads(target: TargetIndex<AxeValueTarget>, context: PlanContext): number {
    return axeTargetReads(target, this.definition.axe, context);
  }

  override async applyCreate(
    client: N2fClient,
    entry: CreateEntry<N2fAxeValuePayload>,
    signal?: AbortSignal,
  ): Promise<void> {
    await upsert(client, entry.after, entry.payload, signal);
  }

  override async applyUpdate(
    client: N2fClient,
    entry: UpdateEntry<N2fAxeValuePayload>,
    signal?: AbortSignal,
  ): Promise<void> {
    await upsert(client, entry.after, entry.payload, signal);
  }

  override async applyDelete(
    client: N2fClient,
    entry: RemovalEntry<N2fAxeValuePayload>,
    signal?: AbortSignal,
  ): Promise<void> {
    if (entry.action === 'expire') await upsert(client, entry.after, entry.payload, signal);
    else
      await client.deleteAxeValue(
        text(entry.before['company']),
        text(entry.before['axe']),
        text(entry.before['code']),
        withSignal(signal),
      );
  }
}

function upsert(
  client: N2fClient,
  record: CanonicalRecord,
  payload: N2fAxeValuePayload,
  signal?: AbortSignal,
): Promise<unknown> {
  return client.upsertAxeValue(
    text(record['company']),
    text(record['axe']),
    payload,
    withSignal(signal),
  );
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
