import type { Account } from './account.js';
import { KeyedList, type ReadonlyKeyedList } from './keyed-list.js';
import type { FieldError, StateUser, UserFields } from './types.js';
import { newUuid } from './uuid.js';

/** A stored user: every field present, role and profile as uuids, mails lower-cased. */
export type UserRecord = Required<StateUser>;

/** The outcome of an upsert: the stored user, or the fields N2F would reject. */
export type UpsertOutcome<T> =
  { ok: true; created: boolean; record: T } | { ok: false; errors: FieldError[] };

/** How an upsert checks references: state files may name roles by uuid and managers in any order. */
export interface UserCheck {
  readonly acceptUuids: boolean;
  readonly checkManager: boolean;
}

/** The users of the account, keyed by lower-cased mail, with a count of reports per manager. */
export class UserTable {
  readonly #account: Account;
  readonly #list = new KeyedList<UserRecord>();
  readonly #reports = new Map<string, number>();

  constructor(account: Account) {
    this.#account = account;
  }

  get size(): number {
    return this.#list.size;
  }

  get(mail: string): UserRecord | undefined {
    return this.#list.get(mail.toLowerCase());
  }

  /** The users in insertion order, keyed by lower-cased mail. */
  get list(): ReadonlyKeyedList<UserRecord> {
    return this.#list;
  }

  /** Validates references and stores the user (full replacement of an existing one). */
  upsert(fields: UserFields, check: UserCheck, uuid?: string): UpsertOutcome<UserRecord> {
    const refs = this.#resolve(fields, check);
    if (!refs.ok) return refs;
    const mail = fields.mail.toLowerCase();
    const previous = this.#list.get(mail);
    const record = toRecord(fields, refs.role, refs.profile, uuid ?? previous?.uuid ?? newUuid());
    if (previous) this.#countReport(previous, -1);
    this.#countReport(record, 1);
    this.#list.set(mail, record);
    return { ok: true, created: previous === undefined, record };
  }

  /** Deletes a user; refuses while others name it as their manager. */
  delete(mail: string): UserRecord | 'unknown' | 'manages-others' {
    const key = mail.toLowerCase();
    const record = this.#list.get(key);
    if (!record) return 'unknown';
    if ((this.#reports.get(key) ?? 0) > 0) return 'manages-others';
    this.#list.delete(key);
    this.#countReport(record, -1);
    return record;
  }

  /** The first user whose manager is not a user (state files are checked once all are loaded). */
  findMissingManager(): { index: number; managerMail: string } | undefined {
    const users = this.#list.values();
    const index = users.findIndex((u) => u.managerMail && !this.#list.get(u.managerMail));
    const managerMail = users[index]?.managerMail;
    return managerMail ? { index, managerMail } : undefined;
  }

  /** The role and profile uuids, or the field errors of every reference that does not hold. */
  #resolve(
    fields: UserFields,
    check: UserCheck,
  ): { ok: true; role: string; profile: string } | { ok: false; errors: FieldError[] } {
    const account = this.#account;
    const role = account.roles.resolve(fields.role, check.acceptUuids);
    const profile = account.profiles.resolve(fields.profile, check.acceptUuids);
    const manager = fields.managerMail;
    const errors: FieldError[] = [];
    if (!account.companies.get(fields.company))
      errors.push({ field: 'company', message: `unknown company uuid "${fields.company}"` });
    if (!role) errors.push({ field: 'role', message: `unknown role "${fields.role}"` });
    if (!profile)
      errors.push({ field: 'profile', message: `unknown user profile "${fields.profile}"` });
    if (check.checkManager && manager && !this.#list.get(manager.toLowerCase()))
      errors.push({
        field: 'managerMail',
        message: `manager "${manager}" is not an existing user`,
      });
    if (fields.culture && !account.hasCulture(fields.culture))
      errors.push({ field: 'culture', message: `must be one of ${account.cultures.join(', ')}` });
    return role && profile && errors.length === 0
      ? { ok: true, role, profile }
      : { ok: false, errors };
  }

  /** Counts `record` as a report of its manager (a user managing itself does not block its delete). */
  #countReport(record: UserRecord, delta: number): void {
    const managerMail = record.managerMail;
    if (!managerMail || managerMail === record.mail) return;
    const count = (this.#reports.get(managerMail) ?? 0) + delta;
    if (count > 0) this.#reports.set(managerMail, count);
    else this.#reports.delete(managerMail);
  }
}

function toRecord(fields: UserFields, role: string, profile: string, uuid: string): UserRecord {
  return {
    uuid,
    mail: fields.mail.toLowerCase(),
    firstname: fields.firstname ?? null,
    lastname: fields.lastname ?? null,
    company: fields.company,
    role,
    profile,
    managerMail: fields.managerMail?.toLowerCase() ?? null,
    canCreateVehicle: fields.canCreateVehicle ?? false,
    personnalCarHaveToBeApproved: fields.personnalCarHaveToBeApproved ?? false,
    removeHomeWorkDistance: fields.removeHomeWorkDistance ?? false,
    culture: fields.culture ?? null,
    currencyIsoCode: fields.currencyIsoCode ?? null,
    jobTitle: fields.jobTitle ?? null,
    employeeNumber: fields.employeeNumber ?? null,
    structure: fields.structure ?? null,
    gotProPayment: fields.gotProPayment ?? false,
    accountingAuxiliaryAccount: fields.accountingAuxiliaryAccount ?? null,
    canRaiseLimits: fields.canRaiseLimits ?? false,
    authMode: fields.authMode ?? null,
    defaultCostCenter: fields.defaultCostCenter ?? null,
    ssoLogin: fields.ssoLogin ?? null,
    accountingAuxiliaryNotReimbursableAccount:
      fields.accountingAuxiliaryNotReimbursableAccount ?? null,
    canDefineHisAnalytics: fields.canDefineHisAnalytics ?? false,
  };
}
