/** A label in one culture, as N2F returns it in `names`. */
export interface N2fName {
  readonly culture: string;
  readonly value: string | null;
}

/** A company of the N2F account. Extra keys N2F returns are kept. */
export interface N2fCompany {
  readonly uuid: string;
  readonly code: string;
  readonly name?: string | null | undefined;
  readonly [key: string]: unknown;
}

/** Something N2F names per culture: an opaque uuid and its labels. */
export interface N2fLabelled {
  readonly uuid: string;
  readonly names: readonly N2fName[];
  readonly [key: string]: unknown;
}

/** A role (`GET /roles`). */
export type N2fRole = N2fLabelled;
/** A user profile (`GET /userprofiles`). */
export type N2fUserProfile = N2fLabelled;
/** A custom axe of a company (e.g. `Plaque`, `Subpost`). */
export type N2fCustomAxe = N2fLabelled;

/** A value of an axe, keyed by `code` within its company and axe; dates are ISO instants. */
export interface N2fAxeValue {
  readonly code: string;
  readonly uuid?: string | null | undefined;
  readonly names: readonly N2fName[];
  readonly validityDateFrom?: string | null | undefined;
  readonly validityDateTo?: string | null | undefined;
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
  readonly firstname?: string | null | undefined;
  readonly lastname?: string | null | undefined;
  readonly company?: string | null | undefined;
  readonly role?: string | null | undefined;
  readonly profile?: string | null | undefined;
  readonly managerMail?: string | null | undefined;
  readonly canCreateVehicle?: N2fBoolean | undefined;
  readonly personnalCarHaveToBeApproved?: N2fBoolean | undefined;
  readonly removeHomeWorkDistance?: N2fBoolean | undefined;
  readonly culture?: string | null | undefined;
  readonly currencyIsoCode?: string | null | undefined;
  readonly jobTitle?: string | null | undefined;
  readonly employeeNumber?: string | number | null | undefined;
  readonly structure?: string | null | undefined;
  readonly gotProPayment?: N2fBoolean | undefined;
  readonly accountingAuxiliaryAccount?: string | number | null | undefined;
  readonly canRaiseLimits?: N2fBoolean | undefined;
  readonly authMode?: string | null | undefined;
  readonly defaultCostCenter?: string | null | undefined;
  readonly ssoLogin?: string | null | undefined;
  readonly accountingAuxiliaryNotReimbursableAccount?: string | number | null | undefined;
  readonly canDefineHisAnalytics?: N2fBoolean | undefined;
  readonly [key: string]: unknown;
}
