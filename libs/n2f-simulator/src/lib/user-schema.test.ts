import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  isPlainStateUser,
  isPlainUserPayload,
  StateUserSchema,
  UserPayloadSchema,
} from './user-schema.js';

/** Values that hit every branch of the field checks, valid and not. */
const value = fc.constantFrom(
  undefined,
  null,
  '',
  ' ',
  'x',
  ' x ',
  'EUR',
  'eu',
  'a@b.co',
  'A.B@Example.com',
  'no-mail',
  true,
  false,
  0,
  [],
  {},
);

const base = { mail: 'jo@example.com', company: 'MTAwMQ==', role: 'User', profile: 'Standard' };
const keys = [
  ...Object.keys(base),
  'firstname',
  'managerMail',
  'canCreateVehicle',
  'currencyIsoCode',
  'jobTitle',
  'uuid',
  'unknownField',
];

/** A user-like object: the base, with some keys replaced by odd values or removed. */
const candidate = fc
  .tuple(fc.dictionary(fc.constantFrom(...keys), value), fc.subarray(keys))
  .map(([changes, removed]) => {
    const user: Record<string, unknown> = { ...base, ...changes };
    for (const key of removed) delete user[key];
    return user;
  });

/** Each check, its schema, and the keys the schema drops from its output. */
const cases: [string, (input: unknown) => boolean, v.GenericSchema<object>, string[]][] = [
  ['POST /users body', isPlainUserPayload, UserPayloadSchema, ['unknownField', 'uuid']],
  ['state user', isPlainStateUser, StateUserSchema, ['unknownField']],
];

describe.each(cases)('the plain check of a %s', (_, isPlain, schema, ignored) => {
  it('accepts only what the schema accepts, and the schema would not change it', () => {
    fc.assert(
      fc.property(candidate, (user) => {
        if (!isPlain(user)) return;
        const parsed = v.safeParse(schema, user);
        expect(parsed.issues).toBeUndefined();
        // Key order aside, the schema's output is the input without the keys it ignores.
        const sorted = (o: unknown): [string, unknown][] =>
          Object.entries(o as object).sort(([a], [b]) => a.localeCompare(b));
        const known = sorted(user).filter(([key]) => !ignored.includes(key));
        expect(sorted(parsed.output)).toStrictEqual(known);
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes the common users and leaves the rest to the schema', () => {
    expect(isPlain({ ...base, managerMail: null, canCreateVehicle: true, jobTitle: '' })).toBe(
      true,
    );
    expect(isPlain({ ...base, company: ' MTAwMQ== ' })).toBe(false);
    expect(isPlain({ ...base, firstname: undefined })).toBe(false);
    expect(isPlain(null)).toBe(false);
  });
});
