import { ConfigurationError } from './errors.js';

/** Which quota window is in force: N2F allows more calls at night. */
export type QuotaWindow = 'day' | 'night';

/** Where the day and night windows start, in local time of `timeZone`. */
export interface QuotaWindowOptions {
  /** Local time at which the day window starts, `HH:MM` (24 h). @default '06:00' */
  dayStart?: string;
  /** Local time at which the night window starts, `HH:MM` (24 h). @default '20:00' */
  nightStart?: string;
  /** IANA time zone of `dayStart` and `nightStart`. @default 'Europe/Paris' */
  timeZone?: string;
}

/** The resolved form: starts as minutes after local midnight. */
export interface WindowRule {
  readonly dayStart: number;
  readonly nightStart: number;
  readonly timeZone: string;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
/** The largest daylight-saving shift of any zone: a wall-clock delay is never shorter in real time. */
const MAX_DST_SHIFT_MINUTES = 60;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function parseTime(key: string, value: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match)
    throw new ConfigurationError(
      key,
      `"${value}" is not a time of day`,
      `write it as HH:MM, e.g. "06:00"`,
    );
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Applies the defaults (06:00, 20:00, Europe/Paris) and fails fast on a bad time or zone. */
export function resolveWindowRule(options: QuotaWindowOptions = {}): WindowRule {
  const timeZone = options.timeZone ?? 'Europe/Paris';
  try {
    formatterFor(timeZone);
  } catch (error) {
    throw new ConfigurationError(
      'timeZone',
      `"${timeZone}" is not a known time zone`,
      'use an IANA name such as "Europe/Paris"',
      { cause: error },
    );
  }
  const dayStart = parseTime('dayStart', options.dayStart ?? '06:00');
  const nightStart = parseTime('nightStart', options.nightStart ?? '20:00');
  if (dayStart === nightStart)
    throw new ConfigurationError(
      'nightStart',
      'equals dayStart',
      'give the night window a different start',
    );
  return { dayStart, nightStart, timeZone };
}

/** Minutes after local midnight in `timeZone` at `epochMs`; the platform applies DST. */
function localMinutes(epochMs: number, timeZone: string): number {
  let minutes = 0;
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type === 'hour') minutes += Number(part.value) * 60;
    else if (part.type === 'minute') minutes += Number(part.value);
  }
  return minutes;
}

function windowOfMinutes(minutes: number, rule: WindowRule): QuotaWindow {
  const { dayStart, nightStart } = rule;
  const inDay =
    dayStart < nightStart
      ? minutes >= dayStart && minutes < nightStart
      : minutes >= dayStart || minutes < nightStart;
  return inDay ? 'day' : 'night';
}

/** The window in force at `epochMs` under a resolved rule. */
export function windowAt(epochMs: number, rule: WindowRule): QuotaWindow {
  return windowOfMinutes(localMinutes(epochMs, rule.timeZone), rule);
}

/**
 * The first instant after `epochMs` at which the window changes. Windows change on whole
 * minutes; the search jumps ahead by the wall-clock distance less one DST shift, so it never
 * overshoots, then walks the last hour minute by minute.
 */
export function nextWindowSwitch(epochMs: number, rule: WindowRule): number {
  const current = windowAt(epochMs, rule);
  const target = current === 'day' ? rule.nightStart : rule.dayStart;
  let at = Math.floor(epochMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  for (;;) {
    const minutes = localMinutes(at, rule.timeZone);
    if (windowOfMinutes(minutes, rule) !== current) return at;
    const ahead = (target - minutes + DAY_MINUTES) % DAY_MINUTES;
    at += Math.max(1, ahead - MAX_DST_SHIFT_MINUTES) * MINUTE_MS;
  }
}

/**
 * Whether N2F's day or night quota applies at `epochMs` (defaults: day 06:00–20:00 Europe/Paris).
 * @example quotaWindowAt(Date.parse('2026-03-29T18:00:00Z')) // 'night' (20:00 in Paris, summer time)
 */
export function quotaWindowAt(epochMs: number, options?: QuotaWindowOptions): QuotaWindow {
  return windowAt(epochMs, resolveWindowRule(options));
}
