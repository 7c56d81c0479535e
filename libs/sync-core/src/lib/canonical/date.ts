import { ConversionFailure } from './canonical-value.js';
import { dayText } from './day-text.js';

/** The Agresso sentinel for "no end date". */
export const OPEN_ENDED_DAY = '2099-12-31';

const OPEN_ENDED = 20991231;
const FIX = 'write the date as YYYY-MM-DD or DD/MM/YYYY';
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar day `YYYY-MM-DD` from a SQL date (its UTC calendar day), an ISO string (never
 * swapped) or a day-first string (`DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`). Empty and the
 * open-ended `2099-12-31` are `null`; anything else is a failure.
 */
export function canonDate(value: unknown): string | null | ConversionFailure {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateDay(value);
  if (typeof value !== 'string')
    return new ConversionFailure('is not a date', FIX);
  // Fast path for what both sides send most: `YYYY-MM-DD` with an optional time part.
  const iso = isoDay(value);
  if (iso !== undefined) return iso;
  const text = value.trim();
  if (text === '') return null;
  if (text !== value) return canonDate(text);
  const day = dayFirst(text);
  return day !== undefined ? day : new ConversionFailure('is not a date', FIX);
}

/** A date read from N2F (ISO instant or `null`) as a calendar day; unreadable is `null`. */
export function canonTargetDate(value: unknown): string | null {
  const result = canonDate(value);
  return result instanceof ConversionFailure ? null : result;
}

/** The payload form of a calendar day: `YYYY-MM-DDT00:00:00Z`, or `null` when open-ended. */
export function dayToPayload(day: string | null): string | null {
  return day === null ? null : `${day}T00:00:00Z`;
}

/** The day before a calendar day (`2025-03-01` → `2025-02-28`). */
export function previousDay(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

// `YYYY-MM-DD`, alone or followed by `T` or a space: the day, a failure, or undefined (not ISO).
function isoDay(text: string): string | null | ConversionFailure | undefined {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  if (text.length > 10 && text[10] !== 'T' && text[10] !== ' ') return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const dayOfMonth = digits(text, 8, 2);
  if (year < 0 || month < 0 || dayOfMonth < 0) return undefined;
  return calendarDay(year, month, dayOfMonth);
}

// `D/M/YYYY` with one or two digits for day and month, `/`, `-` or `.` twice, then the end or a
// space: the day, a failure, or undefined (not day-first). Parsed by hand: no match arrays.
function dayFirst(text: string): string | null | ConversionFailure | undefined {
  const dayEnd = digitsEnd(text, 0);
  const separator = text.charCodeAt(dayEnd);
  if (dayEnd === 0 || dayEnd > 2 || (separator !== 47 && separator !== 45 && separator !== 46))
    return undefined;
  const monthEnd = digitsEnd(text, dayEnd + 1);
  if (monthEnd === dayEnd + 1 || monthEnd > dayEnd + 3 || text.charCodeAt(monthEnd) !== separator)
    return undefined;
  const yearEnd = monthEnd + 5;
  if (digitsEnd(text, monthEnd + 1) < yearEnd || (yearEnd < text.length && text[yearEnd] !== ' '))
    return undefined;
  const year = digits(text, monthEnd + 1, 4);
  return calendarDay(
    year,
    digits(text, dayEnd + 1, monthEnd - dayEnd - 1),
    digits(text, 0, dayEnd),
  );
}

function calendarDay(
  year: number,
  month: number,
  dayOfMonth: number,
): string | null | ConversionFailure {
  if (!isCalendarDay(year, month, dayOfMonth))
    return new ConversionFailure('is not a calendar date', FIX);
  const day = year * 10_000 + month * 100 + dayOfMonth;
  return day === OPEN_ENDED ? null : dayText(day);
}

// The number written by `length` digits from `start`, or -1 when one is not a digit.
function digits(text: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    n = n * 10 + code;
  }
  return n;
}

// The index of the first non-digit at or after `start`.
function digitsEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
  return i;
}

function isCalendarDay(year: number, month: number, dayOfMonth: number): boolean {
  if (month < 1 || month > 12 || dayOfMonth < 1) return false;
  if (month === 2 && dayOfMonth === 29)
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return dayOfMonth <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function dateDay(date: Date): string | null | ConversionFailure {
  if (Number.isNaN(date.getTime())) return new ConversionFailure('is an invalid date', FIX);
  const year = date.getUTCFullYear();
  // Outside 0–9999 the ISO form has a sign and six digits; it is kept as the day text.
  if (year < 0 || year > 9999) return date.toISOString().slice(0, 10);
  const day = year * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  return day === OPEN_ENDED ? null : dayText(day);
}
