import * as v from 'valibot';
import type { StateUser, UserFields } from './types.js';

const email = v.pipe(v.string('must be a string'), v.email('must be a valid e-mail address'));
const text = v.exactOptional(v.nullable(v.string('must be a string or null')));
const flag = v.exactOptional(v.boolean('must be a JSON boolean'));
const required = v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('is required'));
const CURRENCY = /^[A-Za-z]{3}$/;
const currency = v.exactOptional(
  v.nullable(
    v.union(
      [v.literal(''), v.pipe(v.string(), v.regex(CURRENCY))],
      'must be a three-letter ISO 4217 code',
    ),
  ),
);
const manager = v.exactOptional(
  v.nullable(v.union([v.literal(''), email], 'must be a valid e-mail address')),
);
const id = v.exactOptional(v.pipe(v.string(), v.nonEmpty()));

/** The schema of each kind of user field. */
const SCHEMAS = { email, text, flag, required, currency, manager, id };

type Kind = keyof typeof SCHEMAS;

/** Every field of the N2F user and its kind, in the order N2F reports errors; shape only. */
const USER_FIELDS = {
  mail: 'email',
  firstname: 'text',
  lastname: 'text',
  company: 'required',
  role: 'required',
  profile: 'required',
  managerMail: 'manager',
  canCreateVehicle: 'flag',
  personnalCarHaveToBeApproved: 'flag',
  removeHomeWorkDistance: 'flag',
  culture: 'text',
  currencyIsoCode: 'currency',
  jobTitle: 'text',
  employeeNumber: 'text',
  structure: 'text',
  gotProPayment: 'flag',
  accountingAuxiliaryAccount: 'text',
  canRaiseLimits: 'flag',
  authMode: 'text',
  defaultCostCenter: 'text',
  ssoLogin: 'text',
  accountingAuxiliaryNotReimbursableAccount: 'text',
  canDefineHisAnalytics: 'flag',
} as const satisfies Record<keyof UserFields, Kind>;

/** A state user also takes a uuid. */
const STATE_USER_FIELDS = { ...USER_FIELDS, uuid: 'id' } as const;

type Entries<F extends Record<string, Kind>> = { [K in keyof F]: (typeof SCHEMAS)[F[K]] };

const entries = <F extends Record<string, Kind>>(fields: F): Entries<F> =>
  Object.fromEntries(
    Object.entries(fields).map(([key, kind]) => [key, SCHEMAS[kind]]),
  ) as Entries<F>;

/** The body of `POST /users`; unknown keys are ignored, as N2F ignores them. */
export const UserPayloadSchema: v.GenericSchema<UserFields> = v.object(
  entries(USER_FIELDS),
  'must be a JSON object',
);

/** A user in a state file: the same fields plus an optional uuid. */
export const StateUserSchema: v.GenericSchema<StateUser> = v.object(entries(STATE_USER_FIELDS));

/** What a present value of each kind must be for the schema to keep it unchanged. */
const PLAIN: Readonly<Record<Kind, (value: unknown) => boolean>> = {
  email: (x) => typeof x === 'string' && v.EMAIL_REGEX.test(x),
  text: (x) => x === null || typeof x === 'string',
  flag: (x) => typeof x === 'boolean',
  // Untrimmed values go to the schema, which trims them.
  required: (x) => typeof x === 'string' && x !== '' && x.trim() === x,
  currency: (x) => x === null || x === '' || (typeof x === 'string' && CURRENCY.test(x)),
  manager: (x) => x === null || x === '' || (typeof x === 'string' && v.EMAIL_REGEX.test(x)),
  id: (x) => typeof x === 'string' && x !== '',
};

const plainCheck = <T>(fields: Record<string, Kind>): ((input: unknown) => input is T) => {
  const list = Object.entries(fields).map(([key, kind]) => ({
    key,
    test: PLAIN[kind],
    optional: kind !== 'email' && kind !== 'required',
  }));
  return (input): input is T => {
    if (typeof input !== 'object' || input === null) return false;
    const record = input as Record<string, unknown>;
    for (const { key, test, optional } of list)
      if (key in record ? !test(record[key]) : !optional) return false;
    return true;
  };
};

/**
 * Whether a `POST /users` body passes the schema unchanged: a cheap check without valibot's
 * copies, for the common case; anything else goes through the schema and its messages.
 */
export const isPlainUserPayload: (input: unknown) => input is UserFields = plainCheck(USER_FIELDS);

/** The same check for a user of a state file (100,000 of them are loaded at once). */
export const isPlainStateUser: (input: unknown) => input is StateUser =
  plainCheck(STATE_USER_FIELDS);
