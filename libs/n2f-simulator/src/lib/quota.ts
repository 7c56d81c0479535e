import * as v from 'valibot';
import { parseOption } from './option-error.js';

/** Calls allowed per rolling minute. */
export interface QuotaLimits {
  readonly reads: number;
  readonly writes: number;
}

/** Limits that switch between a day and a night window, by the wall-clock hour in `timeZone`. */
export interface QuotaWindows {
  readonly day: QuotaLimits;
  readonly night: QuotaLimits;
  /** First hour of the day window. @default 6 */
  readonly dayStartHour?: number;
  /** First hour of the night window. @default 20 */
  readonly dayEndHour?: number;
  /** IANA time zone of the windows. @default 'Europe/Paris' */
  readonly timeZone?: string;
}

/** Quotas: `false` for none, fixed limits, or day/night windows. */
export type QuotaOptions = false | QuotaLimits | QuotaWindows;

/** N2F's figures: 60 reads and 10 writes by day (06:00–20:00 Europe/Paris), 200 and 50 by night. */
export const N2F_QUOTA: QuotaWindows = {
  day: { reads: 60, writes: 10 },
  night: { reads: 200, writes: 50 },
  dayStartHour: 6,
  dayEndHour: 20,
  timeZone: 'Europe/Paris',
};

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const limits = v.object({ reads: count, writes: count });
const hour = v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24)));
const zone = v.pipe(v.string(), v.check(isTimeZone, 'must be an IANA time zone'));
const QuotaSchema: v.GenericSchema<QuotaOptions> = v.union(
  [
    v.literal(false),
    v.strictObject({
      day: limits,
      night: limits,
      dayStartHour: hour,
      dayEndHour: hour,
      timeZone: v.exactOptional(zone),
    }),
    v.strictObject({ reads: count, writes: count }),
  ],
  'must be false, { reads, writes } or { day, night, dayStartHour?, dayEndHour?, timeZone? }',
);

/** Validates quota options, naming the bad one. */
export function parseQuotaOptions(input: unknown): QuotaOptions {
  return parseOption(QuotaSchema, input, 'quota');
}

/** Which quota a call counts against: GET reads, anything else (auth included) writes. */
export type QuotaBucket = 'read' | 'write';

/** The limits in force at a simulated instant. */
export function limitsAt(quota: Exclude<QuotaOptions, false>, at: number): QuotaLimits {
  if (!('day' in quota)) return quota;
  const hourNow = hourIn(quota.timeZone ?? 'Europe/Paris', at);
  const isDay = hourNow >= (quota.dayStartHour ?? 6) && hourNow < (quota.dayEndHour ?? 20);
  return isDay ? quota.day : quota.night;
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function hourIn(timeZone: string, at: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  return Number(format.format(at));
}
