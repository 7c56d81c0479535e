import * as v from 'valibot';
import type { StateUser, UserFields } from './types.js';

const email = v.pipe(v.string('must be a string'), v.email('must be a valid e-mail address'));
const text = v.exactOptional(v.nullable(v.string('must be a string or null')));
const flag = v.exactOptional(v.boolean('must be a JSON boolean'));
const required = v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('is required'));
const currency = v.union(
  [v.literal(''), v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/))],
  'must be a three-letter ISO 4217 code',
);

/** Every field of the N2F user, shape only; references are checked against the account later. */
const userEntries = {
  mail: email,
  firstname: text,
  lastname: text,
  company: required,
  role: required,
  profile: required,
  managerMail: v.exactOptional(
    v.nullable(v.union([v.literal(''), email], 'must be a valid e-mail address')),
  ),
  canCreateVehicle: flag,
  personnalCarHaveToBeApproved: flag,
  removeHomeWorkDistance: flag,
  culture: text,
  currencyIsoCode: v.exactOptional(v.nullable(currency)),
  jobTitle: text,
  employeeNumber: text,
  structure: text,
  gotProPayment: flag,
  accountingAuxiliaryAccount: text,
  canRaiseLimits: flag,
  authMode: text,
  defaultCostCenter: text,
  ssoLogin: text,
  accountingAuxiliaryNotReimbursableAccount: text,
  canDefineHisAnalytics: flag,
};

/** The body of `POST /users`; unknown keys are ignored, as N2F ignores them. */
export const UserPayloadSchema: v.GenericSchema<UserFields> = v.object(
  userEntries,
  'must be a JSON object',
);

/** A user in a state file: the same fields plus an optional uuid. */
export const StateUserSchema: v.GenericSchema<StateUser> = v.object({
  ...userEntries,
  uuid: v.exactOptional(v.pipe(v.string(), v.nonEmpty())),
});
