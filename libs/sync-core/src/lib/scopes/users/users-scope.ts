import type { AgressoUserRow, Source, SourceRecord } from '@n2f/agresso-source';
import type { N2fClient, N2fUser, N2fUserPayload } from '@n2f/n2f-client';
import { ConversionFailure, type CanonicalRecord } from '../../canonical/canonical-value.js';
import { canonEmail, canonOptionalEmail } from '../../canonical/email.js';
import { canonLowerText } from '../../canonical/text.js';
import { EntitySynchronizer } from '../entity-synchronizer.js';
import { resolveUserMapping, type UserMapping, type UserMappingOptions } from './user-mapping.js';
import { linkManagers } from './managers/manager-links.js';
import type { FieldFailure, PlanContext, PlanDraft } from '../../model/plan-context.js';
import type { PlanWarning } from '../../model/plan-warning.js';
import type { CreateEntry, PlanEntry, RemovalEntry, UpdateEntry } from '../../model/plan-types.js';
import { keepCreateOnlyValues } from './create-only.js';
import { detachFailedManager } from './managers/detach-failed-manager.js';
import { createProtectedMatcher } from '../../plan/protected-matcher.js';
import { orderUsers } from './managers/user-order.js';
import { withSignal } from '../../load/with-signal.js';
import { blankUserRecord } from './user-record.js';
import { userPayload } from './user-payload.js';

/** The `users` scope: Agresso `iris_N2F_User` rows ↔ N2F `/users`, keyed by e-mail. */
export class UsersScope extends EntitySynchronizer<AgressoUserRow, N2fUser, N2fUserPayload> {
  readonly name: string = 'users';
  readonly view = 'users' as const;
  override readonly linksRecords: boolean = true;
  override readonly guardedFields: readonly string[] = [
    'company',
    'managerMail',
    'role',
    'profile',
    'authMode',
  ];
  readonly mapping: UserMapping;
  readonly #mailColumn: string;
  readonly #managerColumn: string;
  readonly #compared: readonly string[];
  override readonly createOnlyFields: readonly string[];
  readonly #withOptional: boolean;

  constructor(mapping: UserMappingOptions = {}) {
    super();
    this.mapping = resolveUserMapping(mapping);
    this.#mailColumn =
      this.mapping.fields.find((entry) => entry.field === 'mail')?.column ?? 'AdresseEmail';
    this.#managerColumn =
      this.mapping.fields.find((entry) => entry.field === 'managerMail')?.column ?? 'Manager';
    this.#withOptional = this.mapping.fields.some((entry) => entry.optional);
    this.#compared = this.mapping.fields
      .filter((entry) => !entry.createOnly && entry.field !== 'mail')
      .map((entry) => entry.field);
    this.createOnlyFields = this.mapping.fields
      .filter((entry) => entry.createOnly)
      .map((entry) => entry.field);
  }

  override loadSource(
    source: Source,
    signal?: AbortSignal,
  ): AsyncIterable<SourceRecord<AgressoUserRow>> {
    return source.readUsers(withSignal(signal));
  }

  override async loadTarget(
    client: N2fClient,
    _references: unknown,
    signal?: AbortSignal,
  ): Promise<readonly N2fUser[]> {
    return (await client.listUsers(withSignal(signal))).items;
  }

  override canonicalSource(
    row: AgressoUserRow,
    context: PlanContext,
    failures: FieldFailure[],
  ): CanonicalRecord | undefined {
    const columns = row as unknown as Readonly<Record<string, unknown>>;
    const record = blankUserRecord(this.#withOptional);
    let valid = true;
    for (const entry of this.mapping.fields) {
      const value = columns[entry.column];
      const converted = entry.convert.fromSource(value, context);
      if (converted instanceof ConversionFailure) {
        failures.push({ field: entry.field, column: entry.column, value, failure: converted });
        valid = false;
      } else record[entry.field] = converted;
    }
    return valid ? record : undefined;
  }

  override rowKey(row: AgressoUserRow): string | null {
    const mail = canonEmail(
      (row as unknown as Readonly<Record<string, unknown>>)[this.#mailColumn],
    );
    return typeof mail === 'string' ? mail : null;
  }

  override linkedKeys(row: AgressoUserRow): readonly string[] {
    const columns = row as unknown as Readonly<Record<string, unknown>>;
    const manager = canonOptionalEmail(columns[this.#managerColumn]);
    return typeof manager === 'string' ? [manager] : [];
  }

  override targetKey(raw: N2fUser): string | undefined {
    return canonLowerText(raw.mail) ?? undefined;
  }

  override canonicalTarget(raw: N2fUser, context: PlanContext): CanonicalRecord | undefined {
    const mail = canonLowerText(raw.mail);
    if (mail === null) return undefined;
    const record = blankUserRecord(this.#withOptional);
    for (const entry of this.mapping.fields)
      record[entry.field] = entry.convert.fromTarget(raw[entry.field], context);
    record['mail'] = mail;
    return record;
  }

  override key(record: CanonicalRecord): string {
    return record['mail'] as string;
  }

  override comparedFields(): readonly string[] {
    return this.#compared;
  }

  override buildPayload(record: CanonicalRecord, context: PlanContext): N2fUserPayload {
    return userPayload(this.mapping, record, context);
  }

  override prepare(draft: PlanDraft<N2fUserPayload, N2fUser>, context: PlanContext): void {
    for (const warning of context.references.warnings) draft.warnings.push(warning);
    keepCreateOnlyValues(draft, this.createOnlyFields);
    linkManagers(draft, {
      creating: context.options.actions.has('create'),
      deleting: context.options.actions.has('delete'),
      isProtected: createProtectedMatcher(context.options.protected),
    });
  }

  override finish(draft: PlanDraft<N2fUserPayload, N2fUser>, context: PlanContext): void {
    orderUsers(draft, (record) => this.buildPayload(record, context));
  }

  override withoutFailedLinks(
    entry: PlanEntry<N2fUserPayload>,
    failedCreates: ReadonlySet<string>,
  ): { readonly entry: PlanEntry<N2fUserPayload>; readonly warning: PlanWarning } | undefined {
    return detachFailedManager(entry, failedCreates);
  }

  override async applyCreate(
    client: N2fClient,
    entry: CreateEntry<N2fUserPayload>,
    signal?: AbortSignal,
  ): Promise<void> {
    await client.upsertUser(entry.payload, withSignal(signal));
  }

  override async applyUpdate(
    client: N2fClient,
    entry: UpdateEntry<N2fUserPayload>,
    signal?: AbortSignal,
  ): Promise<void> {
    await client.upsertUser(entry.payload, withSignal(signal));
  }

  override async applyDelete(
    client: N2fClient,
    entry: RemovalEntry<N2fUserPayload>,
    signal?: AbortSignal,
  ): Promise<void> {
    if (entry.action === 'expire') await client.upsertUser(entry.payload, withSignal(signal));
    else await client.deleteUser(this.key(entry.before), withSignal(signal));
  }
}

/**
 * The built-in `users` scope, with the default mapping or a configured one.
 * @example const users = usersScope({ enable: ['defaultCostCenter'] });
 */
export function usersScope(mapping: UserMappingOptions = {}): UsersScope {
  return new UsersScope(mapping);
}
