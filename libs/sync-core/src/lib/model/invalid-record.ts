import type { InvalidRow } from '@n2f/agresso-source';

/** A JSON-safe rendering of a rejected value. */
export type InvalidValue = string | number | boolean | null;

/** A source row that is not sent: which scope, key, field and value, what is wrong and how to fix it. */
export interface InvalidRecord {
  readonly scope: string;
  /** The e-mail or value key when readable, else `null`. */
  readonly key: string | null;
  /** The N2F field (or `key` for duplicates); `column` is the Agresso column it came from. */
  readonly field: string;
  readonly column: string | null;
  readonly value: InvalidValue;
  readonly problem: string;
  readonly fix: string;
  /** 1-based data row number in the source view, when known. */
  readonly rowNumber: number | null;
}

/** Makes a value JSON-safe for an invalid-record report (dates as ISO text, objects as text). */
export function invalidValue(value: unknown): InvalidValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return String(value);
}

/** Carries a row the source itself could not type into the scope's invalid records. */
export function fromInvalidRow(scope: string, row: InvalidRow): InvalidRecord {
  return {
    scope,
    key: row.key ?? null,
    field: row.column,
    column: row.column,
    value: invalidValue(row.value),
    problem: row.reason,
    fix: row.fix,
    rowNumber: row.rowNumber,
  };
}
