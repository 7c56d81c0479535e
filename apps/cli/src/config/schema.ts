import { FILE_DELIMITERS, FILE_ENCODINGS } from '@n2f/agresso-source';
import * as v from 'valibot';
import type { ConfigFile } from './types.js';

const text = v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'));
const port = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'), v.maxValue(65_535, 'must be 65535 or less'));
const positiveInt = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'));
const clockTime = v.pipe(v.string('must be a string'), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM"'));

/** `25` (entities) or `"10%"` (of the scope's target). */
const maxDeletesSchema = v.union(
  [
    v.pipe(v.number(), v.integer(), v.minValue(0)),
    v.pipe(v.string(), v.regex(/^\d+(\.\d+)?%$/), v.transform((s) => s as `${number}%`)),
  ],
  'must be a whole number of entities (e.g. 25) or a percentage string (e.g. "10%")',
);

const mssqlSchema = v.strictObject({
  type: v.literal('mssql'),
  server: text,
  port: v.optional(port, 1433),
  database: text,
  encrypt: v.optional(v.boolean('must be true or false'), true),
  trustServerCertificate: v.optional(v.boolean('must be true or false'), false),
  variant: v.optional(v.picklist(['production', 'development'], 'must be "production" or "development"'), 'production'),
  queries: v.optional(v.strictObject({ users: v.optional(text), analytics: v.optional(text) }), {}),
});

const quoted = (values: readonly string[]): string => values.map((value) => JSON.stringify(value)).join(', ');

const filesSchema = v.strictObject({
  type: v.literal('files'),
  users: text,
  analytics: text,
  encoding: v.optional(v.picklist(FILE_ENCODINGS, `must be one of ${quoted(FILE_ENCODINGS)}`)),
  delimiter: v.optional(v.picklist(FILE_DELIMITERS, `must be one of ${quoted(FILE_DELIMITERS)}`)),
});

const agressoSchema = v.variant('type', [mssqlSchema, filesSchema], 'must be "mssql" or "files"');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const timeZone = v.pipe(text, v.check(isTimeZone, 'must be an IANA time zone such as "Europe/Paris"'));

const budgetSchema = v.strictObject({ reads: positiveInt, writes: positiveInt });

const quotasSchema = v.union(
  [
    v.literal('off'),
    v.strictObject({
      day: v.optional(budgetSchema),
      night: v.optional(budgetSchema),
      dayStart: v.optional(clockTime),
      nightStart: v.optional(clockTime),
      timeZone: v.optional(timeZone),
    }),
  ],
  'must be "off" or an object { day, night, dayStart, nightStart, timeZone }',
);

/** When N2F counts as down: connection failures in a row, and seconds before one trial call. */
const breakerSchema = v.strictObject({ threshold: v.optional(positiveInt), halfOpenAfter: v.optional(positiveInt) });

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere; plain http only on this machine (the simulator). */
export function isSafeBaseUrl(value: string): boolean {
  const url = URL.parse(value);
  if (url === null) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** No `user:password@` in the URL: N2F takes its credentials from env, and ky would send them to no one. */
function hasNoCredentials(value: string): boolean {
  const url = URL.parse(value);
  return url === null || (url.username === '' && url.password === '');
}

const baseUrl = v.pipe(
  text,
  v.url('must be an absolute URL'),
  v.check(hasNoCredentials, 'must not hold a user name or password (user:password@)'),
  v.check(isSafeBaseUrl, 'must use https (plain http is allowed only for localhost, 127.0.0.1 or [::1])'),
);

const scopeName = v.pipe(text, v.regex(/^[a-z][a-z0-9-]*$/, 'must be a scope name such as "users"'));

const massChangeLimits = {
  threshold: v.optional(maxDeletesSchema),
  minimum: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'))),
};

const massChangeSchema = v.strictObject({
  ...massChangeLimits,
  fields: v.optional(v.record(scopeName, v.record(text, v.union([v.literal(false), v.strictObject(massChangeLimits)], 'must be { threshold, minimum } or false')))),
  allow: v.optional(v.array(text, 'must be a list of fields such as "managerMail" or "users.managerMail"')),
});

const filterRuleSchema = v.strictObject({
  column: text,
  equals: v.optional(v.string('must be a string')),
  oneOf: v.optional(v.pipe(v.array(v.string('must be a string')), v.minLength(1, 'must list at least one value'))),
  pattern: v.optional(text),
  empty: v.optional(v.boolean('must be true (empty) or false (not empty)')),
});

const scopeFilterSchema = v.strictObject({
  include: v.optional(v.array(filterRuleSchema, 'must be a list of rules { column, equals | oneOf | pattern | empty }')),
  exclude: v.optional(v.array(filterRuleSchema, 'must be a list of rules { column, equals | oneOf | pattern | empty }')),
  outOfScope: v.optional(v.picklist(['keep', 'delete'], 'must be "keep" or "delete"')),
});

const safetySchema = v.strictObject({
  massChange: v.optional(massChangeSchema),
  maxDeletes: v.optional(maxDeletesSchema),
  maxDeletesByScope: v.optional(v.record(scopeName, maxDeletesSchema)),
  protected: v.optional(v.array(text, 'must be a list of addresses or glob patterns')),
  minSourceRatio: v.optional(v.pipe(v.number('must be a number'), v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1'))),
});

/** The configuration file as written by operators; secrets are never allowed here. */
export const configFileSchema: v.GenericSchema<unknown, ConfigFile> = v.strictObject({
  /** The JSON Schema an editor completes and checks the file with (shipped as schema/n2f-sync.config.schema.json). */
  $schema: v.optional(v.string('must be a string')),
  sandbox: v.optional(v.boolean('must be true or false'), false),
  agresso: v.optional(agressoSchema),
  n2f: v.optional(
    v.strictObject({ baseUrl: v.optional(baseUrl), quotas: v.optional(quotasSchema), timeout: v.optional(positiveInt), breaker: v.optional(breakerSchema) }),
    {},
  ),
  scopes: v.optional(v.pipe(v.array(scopeName, 'must be a list of scope names'), v.minLength(1, 'must name at least one scope'))),
  cultures: v.optional(v.pipe(v.array(v.pipe(text, v.toLowerCase())), v.minLength(1, 'must name at least one culture'))),
  axeDeleteMode: v.optional(v.picklist(['delete', 'expire'], 'must be "delete" or "expire"')),
  filters: v.optional(v.record(scopeName, scopeFilterSchema)),
  safety: v.optional(safetySchema, {}),
  cache: v.optional(
    v.strictObject({ dir: v.optional(text), ttl: v.optional(positiveInt) }),
    {},
  ),
  outputs: v.optional(v.strictObject({ dir: v.optional(text) }), {}),
  mapping: v.optional(
    v.strictObject({
      enable: v.optional(v.array(text, 'must be a list of optional N2F user fields')),
      columns: v.optional(v.record(text, text, 'must map N2F user fields to Agresso columns')),
      extraColumns: v.optional(v.array(text, 'must be a list of column names')),
      createOnly: v.optional(v.array(text, 'must be a list of N2F user fields')),
    }),
  ),
});

