import { ConversionFailure } from './canonical-value.js';

/** The Agresso sentinel for "no end date". */
export const OPEN_ENDED_DAY = '2099-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:$| )/;
const FIX = 'write the date as YYYY-MM-DD or DD/MM/YYYY';

/**
 * A calendar day `YYYY-MM-DD` from a SQL date (its UTC calendar day), an ISO string (never
 * swapped) or a day-first string (`DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`). Empty and the
 * open-ended `2099-12-31` are `null`; anything else is a failure.
 */
export function canonDate(value: unknown): string | null | ConversionFailure {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return openEnded(dateDay(value));
  if (typeof value !== 'string')
    return new ConversionFailure(`${String(value)} is not a date`, FIX);
  const text = value.trim();
  if (text === '') return null;
  const iso = ISO_DATE.exec(text);
  if (iso) return openEnded(day(Number(iso[1]), Number(iso[2]), Number(iso[3]), text));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst)
    return openEnded(day(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]), text));
  return new ConversionFailure(`"${text}" is not a date`, FIX);
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

function dateDay(date: Date): string | ConversionFailure {
  if (Number.isNaN(date.getTime())) return new ConversionFailure('is an invalid date', FIX);
  return date.toISOString().slice(0, 10);
}

function day(
  year: number,
  month: number,
  dayOfMonth: number,
  text: string,
): string | ConversionFailure {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== dayOfMonth
  ) {
    return new ConversionFailure(`"${text}" is not a calendar date`, FIX);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function openEnded(result: string | ConversionFailure): string | null | ConversionFailure {
  return result === OPEN_ENDED_DAY ? null : result;
}
