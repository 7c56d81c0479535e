import { randomUUID } from 'node:crypto';
import type { Account } from './account.js';
import { KeyedList, type ReadonlyKeyedList } from './keyed-list.js';
import type { FieldError, StateUser, UserFields } from './types.js';

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
    const errors = this.#checkReferences(fields, check);
    const role = this.#account.roles.resolve(fields.role, check.acceptUuids);
    const profile = this.#account.profiles.resolve(fields.profile, check.acceptUuids);
    if (errors.length > 0 || role === undefined || profile === undefined)
      return { ok: false, errors };
    const mail = fields.mail.toLowerCase();
    const previous = this.#list.get(mail);
    const record = toRecord(fields, role, profile, uuid ?? previous?.uuid ?? randomUUID());
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

  #checkReferences(fields: UserFields, check: UserCheck): FieldError[] {
    const account = this.#account;
    const errors: FieldError[] = [];
    const fail = (field: string, message: string): number => errors.push({ field, message });
    if (!account.companies.get(fields.company))
      fail('company', `unknown company uuid "${fields.company}"`);
    if (!account.roles.resolve(fields.role, check.acceptUuids))
      fail('role', `unknown role "${fields.role}"`);
    if (!account.profiles.resolve(fields.profile, check.acceptUuids))
      fail('profile', `unknown user profile "${fields.profile}"`);
    const manager = fields.managerMail;
    if (check.checkManager && manager && !this.#list.get(manager.toLowerCase()))
      fail('managerMail', `manager "${manager}" is not an existing user`);
    if (fields.culture && !account.hasCulture(fields.culture))
      fail('culture', `must be one of ${account.cultures.join(', ')}`);
    return errors;
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
