import { resolve } from 'node:path';
import { N2F_PRODUCTION_URL, N2F_SANDBOX_URL } from '@n2f/n2f-client';
import * as v from 'valibot';
import { ENV_FIXES, envSchema, type ParsedEnv, type SYNC_ACTIONS } from './config/env-schema.js';
import { problemsFromIssues, ServiceConfigError, type ConfigProblem } from './config/problems.js';
import { readSecret, type Env, type Secret } from './config/secrets.js';
import { tokenProblems } from './config/token-rules.js';

/** Where the Agresso rows come from: two exported files, or the SQL Server views. */
export type AgressoConfig =
  | { readonly type: 'files'; readonly users: string; readonly analytics: string }
  | {
      readonly type: 'mssql';
      readonly server: string;
      readonly port: number;
      readonly database: string;
      readonly user: Secret;
      readonly password: Secret;
      readonly encrypt: boolean;
      readonly trustServerCertificate: boolean;
    };

/** A sync action. */
export type SyncActionName = (typeof SYNC_ACTIONS)[number];

/** Everything the service needs, read from the environment once at start-up. */
export interface ServiceConfig {
  readonly port: number;
  readonly host: string;
  /** Persistent directory: run history, run state and reference cache. */
  readonly dataDir: string;
  /** Cron expression (Europe/Paris), or `null` when scheduling is off. */
  readonly cron: string | null;
  /** Scopes of scheduled runs; `undefined` means every registered scope. */
  readonly scopes: readonly string[] | undefined;
  /** Actions of scheduled runs. */
  readonly actions: readonly SyncActionName[];
  /** Accounts never deleted (addresses and glob patterns). */
  readonly protected: readonly string[];
  /**
   * Bearer token of every route but `/healthz` and the dashboard's static files; without one
   * (loopback only) every route is open to this machine.
   */
  readonly token: Secret | undefined;
  readonly demo: boolean;
  /** How long a plan made by "Plan now" may be approved, ms. */
  readonly planTtlMs: number;
  readonly n2f: {
    readonly baseUrl: string;
    readonly sandbox: boolean;
    readonly clientId: Secret;
    readonly clientSecret: Secret;
    /** `clock`: the day/night windows by the time of day; `day`/`night`: that budget at all hours. */
    readonly quotas: 'off' | 'day' | 'night' | 'clock';
  };
  readonly agresso: AgressoConfig;
  /** Encrypts the persistent caches at rest (run reports hold e-mail addresses). */
  readonly cacheKey: Secret | undefined;
}

/**
 * Reads and checks the environment; throws a `ServiceConfigError` listing every problem.
 * @example const config = await loadConfig(process.env);
 */
export async function loadConfig(env: Env): Promise<ServiceConfig> {
  const given = withoutEmpty(env);
  const parsed = v.safeParse(envSchema, given);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : problemsFromIssues(parsed.issues, ENV_FIXES);
  const read = (name: string): Promise<Secret | undefined> => readSecret(given, name, problems);
  const [clientId, clientSecret, token, dbUser, dbPassword, cacheKey] = await Promise.all(
    [
      'N2F_CLIENT_ID',
      'N2F_CLIENT_SECRET',
      'SYNC_SERVICE_TOKEN',
      'AGRESSO_DB_USER',
      'AGRESSO_DB_PASSWORD',
      'N2F_CACHE_KEY',
    ].map(read),
  );
  if (!parsed.success) throw new ServiceConfigError(problems);
  const e = parsed.output;
  const required = (name: string, value: Secret | undefined, fix: string): Secret | undefined => {
    if (value === undefined) problems.push({ key: name, problem: 'is not set', fix });
    return value;
  };
  required(
    'N2F_CLIENT_ID',
    clientId,
    'export N2F_CLIENT_ID (or N2F_CLIENT_ID_FILE) with the N2F API client id',
  );
  required('N2F_CLIENT_SECRET', clientSecret, 'export N2F_CLIENT_SECRET or N2F_CLIENT_SECRET_FILE');
  problems.push(...tokenProblems(token, e.SYNC_SERVICE_HOST, e.SYNC_SERVICE_DEMO));
  const agresso = agressoConfig(e, dbUser, dbPassword, problems);
  if (cacheKey !== undefined && cacheKey.reveal().length < 8) {
    problems.push({
      key: 'N2F_CACHE_KEY',
      problem: 'is shorter than 8 characters',
      fix: 'use a passphrase of 8 characters or more',
    });
  }
  if (problems.length > 0 || !clientId || !clientSecret || !agresso)
    throw new ServiceConfigError(problems);
  return {
    port: e.SYNC_SERVICE_PORT,
    host: e.SYNC_SERVICE_HOST,
    dataDir: resolve(e.SYNC_SERVICE_DATA_DIR),
    cron: e.SYNC_SERVICE_CRON === 'off' ? null : e.SYNC_SERVICE_CRON,
    scopes: e.SYNC_SERVICE_SCOPES,
    actions: e.SYNC_SERVICE_ACTIONS,
    protected: e.SYNC_SERVICE_PROTECTED,
    token,
    demo: e.SYNC_SERVICE_DEMO,
    planTtlMs: e.SYNC_SERVICE_PLAN_TTL_MINUTES * 60_000,
    n2f: {
      baseUrl: e.N2F_BASE_URL ?? (e.N2F_SANDBOX ? N2F_SANDBOX_URL : N2F_PRODUCTION_URL),
      sandbox: e.N2F_SANDBOX,
      clientId,
      clientSecret,
      quotas: e.N2F_QUOTAS ?? 'clock',
    },
    agresso,
    cacheKey,
  };
}

function withoutEmpty(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value !== '') out[key] = value;
  return out;
}

function agressoConfig(
  e: ParsedEnv,
  user: Secret | undefined,
  password: Secret | undefined,
  problems: ConfigProblem[],
): AgressoConfig | undefined {
  if (e.AGRESSO_USERS_FILE !== undefined || e.AGRESSO_ANALYTICS_FILE !== undefined) {
    if (e.AGRESSO_USERS_FILE !== undefined && e.AGRESSO_ANALYTICS_FILE !== undefined) {
      return {
        type: 'files',
        users: resolve(e.AGRESSO_USERS_FILE),
        analytics: resolve(e.AGRESSO_ANALYTICS_FILE),
      };
    }
    const missing =
      e.AGRESSO_USERS_FILE === undefined ? 'AGRESSO_USERS_FILE' : 'AGRESSO_ANALYTICS_FILE';
    problems.push({
      key: missing,
      problem: 'is not set while the other export file is',
      fix: 'set both export files (CSV or JSON)',
    });
    return undefined;
  }
  if (e.AGRESSO_DB_SERVER === undefined) {
    problems.push({
      key: 'AGRESSO_USERS_FILE',
      problem: 'neither the export files nor AGRESSO_DB_SERVER is set',
      fix: 'set AGRESSO_USERS_FILE and AGRESSO_ANALYTICS_FILE, or AGRESSO_DB_SERVER, AGRESSO_DB_DATABASE, AGRESSO_DB_USER, AGRESSO_DB_PASSWORD',
    });
    return undefined;
  }
  if (e.AGRESSO_DB_DATABASE === undefined)
    problems.push({
      key: 'AGRESSO_DB_DATABASE',
      problem: 'is not set',
      fix: 'name the database holding the two views',
    });
  if (user === undefined)
    problems.push({
      key: 'AGRESSO_DB_USER',
      problem: 'is not set',
      fix: 'export AGRESSO_DB_USER or AGRESSO_DB_USER_FILE',
    });
  if (password === undefined)
    problems.push({
      key: 'AGRESSO_DB_PASSWORD',
      problem: 'is not set',
      fix: 'export AGRESSO_DB_PASSWORD or AGRESSO_DB_PASSWORD_FILE',
    });
  if (e.AGRESSO_DB_DATABASE === undefined || user === undefined || password === undefined)
    return undefined;
  return {
    type: 'mssql',
    server: e.AGRESSO_DB_SERVER,
    port: e.AGRESSO_DB_PORT,
    database: e.AGRESSO_DB_DATABASE,
    user,
    password,
    encrypt: e.AGRESSO_DB_ENCRYPT,
    trustServerCertificate: e.AGRESSO_DB_TRUST_SERVER_CERTIFICATE,
  };
}
