import { Cron } from 'croner';
import * as v from 'valibot';
import { isLoopbackHost } from './token-rules.js';

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** Time zone of the schedule and of N2F's quota windows. */
export const SCHEDULE_TIME_ZONE = 'Europe/Paris';

/** The sync actions a run may take. */
export const SYNC_ACTIONS = ['create', 'update', 'delete'] as const;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const flag = v.pipe(
  text,
  v.toLowerCase(),
  v.picklist([...TRUE, ...FALSE], 'must be 1/0, true/false, yes/no or on/off'),
  v.transform((value) => TRUE.includes(value)),
);
const port = v.pipe(
  text,
  v.regex(/^\d{1,5}$/, 'must be a port number'),
  v.transform(Number),
  v.maxValue(65_535, 'must be 65535 or less'),
);
const list = v.pipe(
  v.string(),
  v.transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  ),
);

/** Whether a cron expression parses (croner's syntax, 5 or 6 fields); `off` disables scheduling. */
export function isCronExpression(expression: string): boolean {
  if (expression === 'off') return true;
  try {
    new Cron(expression, { paused: true, timezone: SCHEDULE_TIME_ZONE }).stop();
    return true;
  } catch {
    return false;
  }
}

/** https anywhere; plain http only on this machine (the simulator). */
function isSafeBaseUrl(value: string): boolean {
  const url = URL.parse(value);
  if (url === null) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** The non-secret variables, parsed and with their defaults. */
export interface ParsedEnv {
  readonly SYNC_SERVICE_PORT: number;
  readonly SYNC_SERVICE_HOST: string;
  readonly SYNC_SERVICE_DATA_DIR: string;
  readonly SYNC_SERVICE_CRON: string;
  readonly SYNC_SERVICE_SCOPES?: string[] | undefined;
  readonly SYNC_SERVICE_ACTIONS: (typeof SYNC_ACTIONS)[number][];
  readonly SYNC_SERVICE_PROTECTED: string[];
  readonly SYNC_SERVICE_DEMO: boolean;
  readonly SYNC_SERVICE_PLAN_TTL_MINUTES: number;
  readonly N2F_BASE_URL?: string | undefined;
  readonly N2F_SANDBOX: boolean;
  readonly N2F_QUOTAS?: 'off' | 'day' | 'night' | undefined;
  readonly AGRESSO_USERS_FILE?: string | undefined;
  readonly AGRESSO_ANALYTICS_FILE?: string | undefined;
  readonly AGRESSO_DB_SERVER?: string | undefined;
  readonly AGRESSO_DB_PORT: number;
  readonly AGRESSO_DB_DATABASE?: string | undefined;
  readonly AGRESSO_DB_ENCRYPT: boolean;
  readonly AGRESSO_DB_TRUST_SERVER_CERTIFICATE: boolean;
}

/** The non-secret variables the service reads, with their defaults. Empty values count as unset. */
export const envSchema: v.GenericSchema<
  Readonly<Record<string, string | undefined>>,
  ParsedEnv
> = v.object({
  SYNC_SERVICE_PORT: v.optional(port, '8787'),
  SYNC_SERVICE_HOST: v.optional(text, '127.0.0.1'),
  SYNC_SERVICE_DATA_DIR: v.optional(text, '.sync-service'),
  SYNC_SERVICE_CRON: v.optional(
    v.pipe(
      text,
      v.check(isCronExpression, 'must be a cron expression such as "15 20 * * *", or "off"'),
    ),
    '15 20 * * *',
  ),
  SYNC_SERVICE_SCOPES: v.optional(v.pipe(list, v.minLength(1, 'must name at least one scope'))),
  SYNC_SERVICE_ACTIONS: v.optional(
    v.pipe(
      list,
      v.minLength(1, 'must name at least one action'),
      v.array(v.picklist(SYNC_ACTIONS, 'must list create, update and/or delete')),
    ),
    'create,update',
  ),
  SYNC_SERVICE_PROTECTED: v.optional(list, ''),
  SYNC_SERVICE_DEMO: v.optional(flag, '0'),
  SYNC_SERVICE_PLAN_TTL_MINUTES: v.optional(
    v.pipe(
      text,
      v.regex(/^\d{1,4}$/, 'must be a whole number of minutes'),
      v.transform(Number),
      v.minValue(1, 'must be 1 or more'),
      v.maxValue(1440, 'must be 1440 (a day) or less'),
    ),
    '30',
  ),
  N2F_BASE_URL: v.optional(
    v.pipe(text, v.check(isSafeBaseUrl, 'must be an https URL (plain http only for localhost)')),
  ),
  N2F_SANDBOX: v.optional(flag, '0'),
  N2F_QUOTAS: v.optional(v.picklist(['off', 'day', 'night'], 'must be "off", "day" or "night"')),
  AGRESSO_USERS_FILE: v.optional(text),
  AGRESSO_ANALYTICS_FILE: v.optional(text),
  AGRESSO_DB_SERVER: v.optional(text),
  AGRESSO_DB_PORT: v.optional(port, '1433'),
  AGRESSO_DB_DATABASE: v.optional(text),
  AGRESSO_DB_ENCRYPT: v.optional(flag, '1'),
  AGRESSO_DB_TRUST_SERVER_CERTIFICATE: v.optional(flag, '0'),
});

/** What to do about a bad value, by variable. */
export const ENV_FIXES: Readonly<Record<string, string>> = {
  SYNC_SERVICE_PORT: 'set a TCP port, e.g. 8787 (0 picks a free one)',
  SYNC_SERVICE_CRON:
    'use five fields "minute hour day month weekday" in Europe/Paris time, e.g. "15 20 * * *"',
  SYNC_SERVICE_ACTIONS: 'e.g. "create,update" (add "delete" only with protected accounts set)',
  SYNC_SERVICE_DEMO: 'set 1 to start the in-process simulator, or leave it unset',
  SYNC_SERVICE_PLAN_TTL_MINUTES:
    'set how many minutes a plan may be approved after it was made, e.g. 30',
  N2F_BASE_URL: 'use the N2F sandbox or production URL, or the simulator URL',
  N2F_SANDBOX: 'set true for the N2F sandbox, false for production',
  N2F_QUOTAS: 'leave unset to follow the day/night windows, or set off, day or night',
  AGRESSO_DB_PORT: 'set the SQL Server port, usually 1433',
};
