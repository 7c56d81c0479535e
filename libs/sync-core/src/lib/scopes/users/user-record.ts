import type { CanonicalValue } from '../../canonical/canonical-value.js';

/** A canonical user under construction (every writable field, `null` until set). */
export type UserRecordDraft = Record<string, CanonicalValue>;

/**
 * A blank canonical user with a fixed shape: built as one literal, so filling it field by field
 * neither reshapes the object nor reallocates its storage (100,000s of users per plan).
 */
export function blankUserRecord(withOptional: boolean): UserRecordDraft {
  return withOptional ? { ...BASE_FIELDS(), ...OPTIONAL_FIELDS() } : BASE_FIELDS();
}

const BASE_FIELDS = (): UserRecordDraft => ({
  mail: null,
  firstname: null,
  lastname: null,
  company: null,
  role: null,
  profile: null,
  managerMail: null,
  canCreateVehicle: null,
  personnalCarHaveToBeApproved: null,
  removeHomeWorkDistance: null,
  culture: null,
  currencyIsoCode: null,
  jobTitle: null,
  employeeNumber: null,
  structure: null,
  gotProPayment: null,
  accountingAuxiliaryAccount: null,
  canRaiseLimits: null,
  authMode: null,
});

const OPTIONAL_FIELDS = (): UserRecordDraft => ({
  defaultCostCenter: null,
  ssoLogin: null,
  accountingAuxiliaryNotReimbursableAccount: null,
  canDefineHisAnalytics: null,
});
