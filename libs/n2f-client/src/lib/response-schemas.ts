import * as v from 'valibot';
import type {
  N2fAxeValue,
  N2fCompany,
  N2fCustomAxe,
  N2fLabelled,
  N2fName,
  N2fRole,
  N2fUser,
  N2fUserProfile,
} from './records.js';

// Lenient where N2F is: extra keys kept, null for empty strings, booleans maybe as strings.
const text = v.exactOptional(v.nullable(v.string()));
const code = v.exactOptional(v.nullable(v.union([v.string(), v.number()])));
const flag = v.exactOptional(v.nullable(v.union([v.boolean(), v.string()])));

const name: v.GenericSchema<unknown, N2fName> = v.looseObject({
  culture: v.string(),
  value: v.nullable(v.string()),
});
const labelled: v.GenericSchema<unknown, N2fLabelled> = v.looseObject({
  uuid: v.string(),
  names: v.array(name),
});

/** A company of `GET /companies`. */
export const companySchema: v.GenericSchema<unknown, N2fCompany> = v.looseObject({
  uuid: v.string(),
  code: v.string(),
  name: text,
});
/** A role of `GET /roles`. */
export const roleSchema: v.GenericSchema<unknown, N2fRole> = labelled;
/** A profile of `GET /userprofiles`. */
export const userProfileSchema: v.GenericSchema<unknown, N2fUserProfile> = labelled;
/** A custom axe of `GET /companies/{companyUuid}/axes`. */
export const customAxeSchema: v.GenericSchema<unknown, N2fCustomAxe> = labelled;

/** A value of `GET /companies/{companyUuid}/axes/{axeId}`. */
export const axeValueSchema: v.GenericSchema<unknown, N2fAxeValue> = v.looseObject({
  code: v.string(),
  uuid: text,
  names: v.array(name),
  validityDateFrom: text,
  validityDateTo: text,
});

/** A user of `GET /users`. */
export const userSchema: v.GenericSchema<unknown, N2fUser> = v.looseObject({
  mail: v.string(),
  firstname: text,
  lastname: text,
  company: text,
  role: text,
  profile: text,
  managerMail: text,
  canCreateVehicle: flag,
  personnalCarHaveToBeApproved: flag,
  removeHomeWorkDistance: flag,
  culture: text,
  currencyIsoCode: text,
  jobTitle: text,
  employeeNumber: code,
  structure: text,
  gotProPayment: flag,
  accountingAuxiliaryAccount: code,
  canRaiseLimits: flag,
  authMode: text,
  defaultCostCenter: text,
  ssoLogin: text,
  accountingAuxiliaryNotReimbursableAccount: code,
  canDefineHisAnalytics: flag,
});

/** A paged list: `{ "response": { "data": [ … ] } }`. */
export function pageEnvelope<T>(
  item: v.GenericSchema<unknown, T>,
): v.GenericSchema<unknown, { response: { data: T[] } }> {
  return v.looseObject({ response: v.looseObject({ data: v.array(item) }) });
}

/** A bare list (roles, user profiles): `{ "response": [ … ] }`. */
export function listEnvelope<T>(
  item: v.GenericSchema<unknown, T>,
): v.GenericSchema<unknown, { response: T[] }> {
  return v.looseObject({ response: v.array(item) });
}

/** The auth answer: `{ "response": { "token": "…", "validity": "…" } }`. */
export const authEnvelope: v.GenericSchema<
  unknown,
  { response: { token: string; validity: string } }
> = v.looseObject({
  response: v.looseObject({ token: v.pipe(v.string(), v.nonEmpty()), validity: v.string() }),
});

/** N2F's error body: `{ "message": "…", "errors": [{ "field": "…", "message": "…" }] }`. */
export const errorEnvelope: v.GenericSchema<
  unknown,
  { message?: string | null; errors?: { field?: unknown; message?: unknown }[] | null }
> = v.looseObject({
  message: v.exactOptional(v.nullable(v.string())),
  errors: v.exactOptional(
    v.nullable(
      v.array(v.looseObject({ field: v.optional(v.unknown()), message: v.optional(v.unknown()) })),
    ),
  ),
});
