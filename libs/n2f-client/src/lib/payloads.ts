import { ValidationError } from '@n2f/resilience';
import * as v from 'valibot';
import { describeIssue } from './issues.js';

/** Text a payload may carry: a string, `null` (N2F's empty), or `undefined` (key left out). */
type PayloadText = string | null | undefined;

/** The full body of `POST /users` (an upsert keyed by `mail`). Undefined keys are not sent. */
export interface N2fUserPayload {
  readonly mail: string;
  readonly firstname?: PayloadText;
  readonly lastname?: PayloadText;
  /** Company uuid. */
  readonly company: string;
  /** Role label, in any culture of the account. */
  readonly role: string;
  /** User profile label, in any culture of the account. */
  readonly profile: string;
  readonly managerMail?: PayloadText;
  readonly canCreateVehicle?: boolean | undefined;
  readonly personnalCarHaveToBeApproved?: boolean | undefined;
  readonly removeHomeWorkDistance?: boolean | undefined;
  readonly culture?: PayloadText;
  readonly currencyIsoCode?: PayloadText;
  readonly jobTitle?: PayloadText;
  readonly employeeNumber?: PayloadText;
  readonly structure?: PayloadText;
  readonly gotProPayment?: boolean | undefined;
  readonly accountingAuxiliaryAccount?: PayloadText;
  readonly canRaiseLimits?: boolean | undefined;
  readonly authMode?: PayloadText;
  readonly defaultCostCenter?: PayloadText;
  readonly ssoLogin?: PayloadText;
  readonly accountingAuxiliaryNotReimbursableAccount?: PayloadText;
  readonly canDefineHisAnalytics?: boolean | undefined;
}

/** The body of `POST /companies/{companyUuid}/axes/{axeId}` (an upsert keyed by `code`). */
export interface N2fAxeValuePayload {
  readonly code: string;
  readonly names: readonly { readonly culture: string; readonly value: string }[];
  /** ISO date or instant, `null` or absent for open-ended. */
  readonly validityDateFrom?: PayloadText;
  readonly validityDateTo?: PayloadText;
}

const required = v.pipe(v.string(), v.trim(), v.nonEmpty('is required'));
const text = v.optional(v.nullable(v.string()));
const flag = v.optional(v.boolean());
const isoDate = v.optional(
  v.nullable(
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date'),
    ),
  ),
);

const userPayloadSchema = v.strictObject({
  mail: v.pipe(v.string(), v.email('must be a valid e-mail address')),
  firstname: text,
  lastname: text,
  company: required,
  role: required,
  profile: required,
  managerMail: text,
  canCreateVehicle: flag,
  personnalCarHaveToBeApproved: flag,
  removeHomeWorkDistance: flag,
  culture: text,
  currencyIsoCode: v.optional(
    v.nullable(v.pipe(v.string(), v.regex(/^([A-Za-z]{3})?$/, 'must be three letters'))),
  ),
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
});

const axeValuePayloadSchema = v.strictObject({
  code: required,
  names: v.pipe(
    v.array(v.strictObject({ culture: required, value: v.string() })),
    v.minLength(1, 'needs at least one name'),
  ),
  validityDateFrom: isoDate,
  validityDateTo: isoDate,
});

/** Validates a user payload and returns the plain JSON body to send (undefined keys dropped). */
export function userPayloadBody(payload: N2fUserPayload): Record<string, unknown> {
  return validatePayload(userPayloadSchema, payload, 'POST /users payload');
}

/** Validates an axe-value payload and returns the plain JSON body to send. */
export function axeValuePayloadBody(payload: N2fAxeValuePayload): Record<string, unknown> {
  return validatePayload(axeValuePayloadSchema, payload, 'axe value payload');
}

function validatePayload(
  schema: v.GenericSchema<unknown, Record<string, unknown>>,
  payload: unknown,
  entity: string,
): Record<string, unknown> {
  const result = v.safeParse(schema, payload);
  if (!result.success) {
    const { path, problem, value } = describeIssue(result.issues[0]);
    throw new ValidationError(problem, {
      entity,
      field: path,
      value,
      fix: 'correct the payload before sending it',
    });
  }
  return withoutUndefined(result.output);
}

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  // Nested entries (names) are strict objects of strings: only top-level keys can be undefined.
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}
