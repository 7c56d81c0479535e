import * as v from 'valibot';
import { ANALYTICS_COLUMNS, USER_COLUMNS, type ColumnKind } from './columns.js';
import type { AgressoAnalyticsRow, AgressoUserRow } from './types.js';

const finite = v.pipe(v.number(), v.finite());
const bigintAsText = v.pipe(v.bigint(), v.transform(String));

/** One valibot schema per column kind; the message is the reason an invalid row reports. */
const KIND_SCHEMAS = {
  // Numbers are lossless as text, so a numeric employee number in the view still types as text.
  text: v.nullable(
    v.union([v.string(), v.pipe(finite, v.transform(String)), bigintAsText], 'expected text or NULL'),
  ),
  bool: v.nullable(
    v.union([v.boolean(), finite, v.string()], 'expected a boolean, a number or text such as Y/N, 1/0, oui/non, or NULL'),
  ),
  number: v.nullable(v.union([finite, v.string(), bigintAsText], 'expected a number or NULL')),
  date: v.nullable(v.union([v.date(), v.string()], 'expected a valid date, a date string or NULL')),
  id: v.nullable(v.union([v.string(), finite, bigintAsText], 'expected an id (text or number) or NULL')),
  scalar: v.nullable(
    v.union([v.string(), finite, v.boolean(), v.date(), bigintAsText], 'expected text, a number, a boolean, a date or NULL'),
  ),
} satisfies Record<ColumnKind, v.GenericSchema>;

/** A schema typing a raw row with these columns; other keys are dropped (the views may grow). */
export function rowSchema<T>(columns: Readonly<Record<string, ColumnKind>>): v.GenericSchema<unknown, T> {
  const entries = Object.fromEntries(Object.entries(columns).map(([name, kind]) => [name, KIND_SCHEMAS[kind]]));
  return v.object(entries) as unknown as v.GenericSchema<unknown, T>;
}

/** Types one raw row of `iris_N2F_User` (from SQL or a file). */
export const userRowSchema: v.GenericSchema<unknown, AgressoUserRow> = rowSchema<AgressoUserRow>(USER_COLUMNS);

/** Types one raw row of `iris_N2F_Analytics` (from SQL or a file). */
export const analyticsRowSchema: v.GenericSchema<unknown, AgressoAnalyticsRow> =
  rowSchema<AgressoAnalyticsRow>(ANALYTICS_COLUMNS);
