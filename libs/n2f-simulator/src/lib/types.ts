/** A label in one culture, as N2F writes it: `{ culture: "fr", value: "Plaque" }`. */
export interface LocalizedName {
  culture: string;
  value: string;
}

/** An API client allowed to call `POST /auth`. */
export interface StateClient {
  clientId: string;
  clientSecret: string;
}

/** A company; `uuid` is opaque (the demo uses base64 of a number). */
export interface StateCompany {
  uuid: string;
  code: string;
  name: string;
}

/** A role or a user profile: a uuid and its labels per culture. */
export interface StateLabelled {
  uuid: string;
  names: LocalizedName[];
}

/** A custom axe of one company (`company` is the company uuid). */
export interface StateCustomAxe {
  company: string;
  uuid: string;
  names: LocalizedName[];
}

/**
 * The N2F user fields. `company` is a company uuid; `role` and `profile` are labels in any
 * culture when written through the API, and uuids in a state snapshot.
 */
export interface UserFields {
  mail: string;
  firstname?: string | null;
  lastname?: string | null;
  company: string;
  role: string;
  profile: string;
  managerMail?: string | null;
  canCreateVehicle?: boolean;
  personnalCarHaveToBeApproved?: boolean;
  removeHomeWorkDistance?: boolean;
  culture?: string | null;
  currencyIsoCode?: string | null;
  jobTitle?: string | null;
  employeeNumber?: string | null;
  structure?: string | null;
  gotProPayment?: boolean;
  accountingAuxiliaryAccount?: string | null;
  canRaiseLimits?: boolean;
  authMode?: string | null;
  defaultCostCenter?: string | null;
  ssoLogin?: string | null;
  accountingAuxiliaryNotReimbursableAccount?: string | null;
  canDefineHisAnalytics?: boolean;
}

/** A user in a state file; `uuid` is generated when absent. */
export interface StateUser extends UserFields {
  uuid?: string;
}

/** The fields of an axe value as `POST /companies/{c}/axes/{axe}` takes them. */
export interface AxeValueFields {
  code: string;
  names: LocalizedName[];
  validityDateFrom?: string | null;
  validityDateTo?: string | null;
}

/** An axe value in a state file: `company` is a company uuid, `axe` is `projects` or a custom-axe uuid. */
export interface StateAxeValue extends AxeValueFields {
  company: string;
  axe: string;
  uuid?: string;
}

/** The whole simulated account, as a state file holds it and `state()` returns it. */
export interface SimulatorState {
  clients: StateClient[];
  companies: StateCompany[];
  roles: StateLabelled[];
  userprofiles: StateLabelled[];
  customAxes: StateCustomAxe[];
  users: StateUser[];
  axeValues: StateAxeValue[];
}

/** One rejected field of a write, as N2F reports it in `errors`. */
export interface FieldError {
  field: string;
  message: string;
}
