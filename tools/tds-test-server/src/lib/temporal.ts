/** Date arithmetic for the wire: all values are UTC, as `mssql` reads them by default (`useUTC`). */

const MS_PER_DAY = 86_400_000;
const EPOCH_2000 = Date.UTC(2000, 0, 1);
const EPOCH_1900 = Date.UTC(1900, 0, 1);
/** 2000-01-01 counted in days since 0001-01-01, the origin of `date` and `datetime2`. */
const DAYS_YEAR_ONE_TO_2000 = 730_119;

/** ISO 8601 as fixtures write it: a date, an optional time, an optional offset. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A `Date` from a `Date` or an ISO 8601 string; a string without an offset is read as UTC. */
export function toDate(value: Date | string): Date {
  const date = typeof value === 'string' ? parseIso(value.trim()) : value;
  if (Number.isNaN(date.getTime())) throw new TypeError(`not a date: ${String(value)}`);
  return date;
}

function parseIso(text: string): Date {
  const match = ISO.exec(text);
  if (match === null) return new Date(Number.NaN);
  const [, day, time = '00:00', offset = 'Z'] = match;
  return new Date(`${day}T${time}${offset}`);
}

/** Days from 0001-01-01 to the UTC calendar day of `date`. */
export function daysSinceYearOne(date: Date): number {
  return Math.floor((date.getTime() - EPOCH_2000) / MS_PER_DAY) + DAYS_YEAR_ONE_TO_2000;
}

/** Days from 1900-01-01 to the UTC calendar day of `date` (negative before 1900). */
export function daysSince1900(date: Date): number {
  return Math.floor((date.getTime() - EPOCH_1900) / MS_PER_DAY);
}

/** Milliseconds since UTC midnight. */
export function msOfDay(date: Date): number {
  return ((date.getTime() % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
}

/** The UTC midnight `days` after 0001-01-01. */
export function dateFromDaysSinceYearOne(days: number): Date {
  return new Date(EPOCH_2000 + (days - DAYS_YEAR_ONE_TO_2000) * MS_PER_DAY);
}

/** The UTC instant `days` after 1900-01-01 plus `ms`. */
export function dateFrom1900(days: number, ms: number): Date {
  return new Date(EPOCH_1900 + days * MS_PER_DAY + ms);
}

/** Bytes of a `time` part at `scale` (0–7), as in `datetime2`. */
export function timeLength(scale: number): 3 | 4 | 5 {
  if (scale <= 2) return 3;
  return scale <= 4 ? 4 : 5;
}
