/** A label in one culture, as N2F returns it in `names`. */
export interface N2fName {
  readonly culture: string;
  readonly value: string | null;
}

/** A company of the N2F account. Extra keys N2F returns are kept. */
export interface N2fCompany {
  readonly uuid: string;
  readonly code: string;
  readonly name?: string | null;
  readonly [key: string]: unknown;
}

/** A role (`GET /roles`): an opaque uuid and its labels per culture. */
export interface N2fRole {
  readonly uuid: string;
  readonly names: readonly N2fName[];
  readonly [key: string]: unknown;
}

/** A user profile (`GET /userprofiles`): an opaque uuid and its labels per culture. */
export interface N2fUserProfile {
  readonly uuid: string;
  readonly names: readonly N2fName[];
  readonly [key: string]: unknown;
}

/** A custom axe of a company (e.g. `Plaque`, `Subpost`). */
export interface N2fCustomAxe {
  readonly uuid: string;
  readonly names: readonly N2fName[];
  readonly [key: string]: unknown;
}

/** A value of an axe, keyed by `code` within its company and axe; dates are ISO instants. */
export interface N2fAxeValue {
  readonly code: string;
  readonly uuid?: string | null;
  readonly names: readonly N2fName[];
  readonly validityDateFrom?: string | null;
  readonly validityDateTo?: string | null;
  readonly [key: string]: unknown;
}

/** A boolean as N2F may return it: a JSON boolean, or a string such as `"true"`. */
export type N2fBoolean = boolean | string | null;

/**
 * A user as N2F returns it: raw values (labels in any culture, `null` for empty strings,
 * booleans possibly as strings). Canonicalisation is sync-core's job.
 */
export interface N2fUser {
  readonly mail: string;
  readonly firstname?: string | null;
  readonly lastname?: string | null;
  readonly company?: string | null;
  readonly role?: string | null;
  readonly profile?: string | null;
  readonly managerMail?: string | null;
  readonly canCreateVehicle?: N2fBoolean;
  readonly personnalCarHaveToBeApproved?: N2fBoolean;
  readonly removeHomeWorkDistance?: N2fBoolean;
  readonly culture?: string | null;
  readonly currencyIsoCode?: string | null;
  readonly jobTitle?: string | null;
  readonly employeeNumber?: string | number | null;
  readonly structure?: string | null;
  readonly gotProPayment?: N2fBoolean;
  readonly accountingAuxiliaryAccount?: string | number | null;
  readonly canRaiseLimits?: N2fBoolean;
  readonly authMode?: string | null;
  readonly defaultCostCenter?: string | null;
  readonly ssoLogin?: string | null;
  readonly accountingAuxiliaryNotReimbursableAccount?: string | number | null;
  readonly canDefineHisAnalytics?: N2fBoolean;
  readonly [key: string]: unknown;
}
