import {
  apiPolicy,
  circuitBreakerPolicy,
  ConfigurationError,
  createQuotaLimiter,
  systemClock,
  type CircuitBreakerOptions,
  type CircuitBreakerPolicy,
  type Clock,
  type Policy,
  type QuotaLimiter,
  type QuotaLimiterOptions,
} from '@n2f/resilience';
import { N2F_SANDBOX_URL, normalizeBaseUrl } from './urls.js';

/** The API client of the N2F account (`POST /auth`). */
export interface N2fCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Options of {@link createN2fClient}; only `credentials` is required. */
export interface N2fClientOptions {
  /** API client id and secret (never logged, never in errors). */
  readonly credentials: N2fCredentials;
  /** Base URL of the API, with or without a trailing slash. @default N2F_SANDBOX_URL */
  readonly baseUrl?: string;
  /** Timeout of each attempt in the default policy, in ms. @default 30_000 */
  readonly timeoutMs?: number;
  /** How long before the token's validity ends it is refreshed, in ms. @default 60_000 */
  readonly tokenRefreshMarginMs?: number;
  /** A shared limiter, options for a new one, or `false` to send without waiting (usage still counts). @default {} (N2F's day/night budgets) */
  readonly quota?: QuotaLimiter | QuotaLimiterOptions | false;
  /**
   * Fraction of the quota window added to it when the client creates the limiter: N2F counts a
   * request when it arrives, a little after the slot was taken. @default 0.01
   */
  readonly quotaMargin?: number;
  /** Retry and timeout around each request; give it either this or `timeoutMs`. @default apiPolicy({ timeoutMs }) */
  readonly policy?: Policy;
  /**
   * When N2F is down: after `threshold` connection failures in a row (refused, reset, DNS,
   * timeout) every call fails at once with a `CircuitOpenError` ("N2F unreachable since
   * 14:03:07"), until one trial call `halfOpenAfterMs` later; `false` turns it off.
   * @default { threshold: 5, halfOpenAfterMs: 30_000 }
   */
  readonly breaker?: N2fBreakerOptions | false;
  /** The fetch implementation. @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /** Time source for token expiry and the limiter it creates. @default systemClock */
  readonly clock?: Clock;
}

/** The circuit breaker's settings (see `circuitBreakerPolicy` in `@n2f/resilience`). */
export type N2fBreakerOptions = Pick<CircuitBreakerOptions, 'threshold' | 'halfOpenAfterMs'>;

/** Options with defaults applied and checked. */
export interface ResolvedN2fClientOptions {
  readonly credentials: N2fCredentials;
  readonly baseUrl: URL;
  readonly tokenRefreshMarginMs: number;
  readonly limiter: QuotaLimiter;
  readonly policy: Policy;
  readonly breaker: CircuitBreakerPolicy | undefined;
  readonly fetch: typeof globalThis.fetch | undefined;
  readonly clock: Clock;
}

/** Applies the defaults and fails fast with a `ConfigurationError` naming the bad option. */
export function resolveN2fClientOptions(options: N2fClientOptions): ResolvedN2fClientOptions {
  const clock = options.clock ?? systemClock;
  if (options.policy && options.timeoutMs !== undefined) {
    throw new ConfigurationError(
      'timeoutMs',
      'is given together with policy',
      'set the timeout on the policy (apiPolicy({ timeoutMs }))',
    );
  }
  const baseUrl = checkBaseUrl(options.baseUrl ?? N2F_SANDBOX_URL);
  return {
    credentials: checkCredentials(options.credentials),
    baseUrl,
    tokenRefreshMarginMs: checkDuration(
      'tokenRefreshMarginMs',
      options.tokenRefreshMarginMs ?? 60_000,
    ),
    limiter: resolveLimiter(options.quota ?? {}, clock, checkMargin(options.quotaMargin ?? 0.01)),
    policy:
      options.policy ??
      apiPolicy({ timeoutMs: checkDuration('timeoutMs', options.timeoutMs ?? 30_000, 1) }),
    breaker: resolveBreaker(options.breaker ?? {}, baseUrl),
    fetch: options.fetch,
    clock,
  };
}

function resolveBreaker(
  breaker: N2fBreakerOptions | false,
  baseUrl: URL,
): CircuitBreakerPolicy | undefined {
  if (breaker === false) return undefined;
  const fix = `check that ${baseUrl.origin} answers from this machine (network, proxy, DNS, N2F's status), then run again: it completes what is missing`;
  return circuitBreakerPolicy({ ...breaker, name: 'n2f', target: 'N2F', fix });
}

function resolveLimiter(
  quota: QuotaLimiter | QuotaLimiterOptions | false,
  clock: Clock,
  margin: number,
): QuotaLimiter {
  if (quota === false) return createQuotaLimiter({ enabled: false, clock });
  if (isLimiter(quota)) return quota;
  const windowMs = Math.ceil((quota.windowMs ?? 60_000) * (1 + margin));
  return createQuotaLimiter({ clock, ...quota, windowMs });
}

function isLimiter(quota: QuotaLimiter | QuotaLimiterOptions): quota is QuotaLimiter {
  return typeof (quota as Partial<QuotaLimiter>).acquire === 'function';
}

function checkMargin(margin: number): number {
  if (!Number.isFinite(margin) || margin < 0 || margin > 0.5) {
    const problem = `must be a fraction in [0, 0.5], got ${String(margin)}`;
    throw new ConfigurationError('quotaMargin', problem, 'use e.g. 0.01 for 1 %');
  }
  return margin;
}

function checkCredentials(credentials: N2fCredentials | undefined): N2fCredentials {
  for (const key of ['clientId', 'clientSecret'] as const) {
    const value: unknown = credentials?.[key];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ConfigurationError(
        `credentials.${key}`,
        'is missing or empty',
        'pass the N2F API client id and secret (N2F_CLIENT_ID, N2F_CLIENT_SECRET)',
      );
    }
  }
  return credentials as N2fCredentials;
}

function checkBaseUrl(baseUrl: string): URL {
  let url: URL | undefined;
  try {
    url = normalizeBaseUrl(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigurationError(
      'baseUrl',
      `is not an http(s) URL: "${baseUrl}"`,
      'use N2F_SANDBOX_URL, N2F_PRODUCTION_URL or the simulator URL',
    );
  }
  return url;
}

function checkDuration(key: string, value: number, min = 0): number {
  if (!Number.isFinite(value) || value < min) {
    throw new ConfigurationError(
      key,
      `must be a number of ms ≥ ${min}, got ${String(value)}`,
      `set ${key} to a duration in ms`,
    );
  }
  return value;
}
