import { composePolicies } from './policy.js';
import { retryPolicy, type RetryPolicy } from './retry-policy.js';
import type { RetryOptions } from './retry-options.js';
import { timeoutPolicy } from './timeout-policy.js';

/** Options of the presets: retry options plus the timeout of each attempt. */
export interface PresetOptions extends RetryOptions {
  /** Time allowed to each attempt. @default 30_000 (api), 60_000 (database) */
  timeoutMs?: number;
}

function preset(
  defaults: PresetOptions & { readonly timeoutMs: number },
  options: PresetOptions,
): RetryPolicy {
  const { timeoutMs, ...retryOptions } = { ...defaults, ...options };
  const retry = retryPolicy(retryOptions);
  const policy = composePolicies(
    retry,
    timeoutPolicy(timeoutMs, { name: `${retry.name}-timeout` }),
  );
  return {
    name: retry.name,
    execute: policy.execute,
    onRetry: retry.onRetry,
    onGiveUp: retry.onGiveUp,
  };
}

/**
 * For N2F API calls: 4 attempts, exponential back-off 1 s, 2 s, 4 s (capped at 30 s), 30 s per
 * attempt, up to 10 Retry-After waits of at most 120 s each. Every number can be overridden.
 * @example
 * const policy = apiPolicy();
 * const users = await policy.execute(({ signal }) => getUsers(signal), signal);
 */
export function apiPolicy(options: PresetOptions = {}): RetryPolicy {
  return preset(
    {
      name: 'api',
      maxAttempts: 4,
      backoff: 'exponential',
      initialDelayMs: 1_000,
      maxDelayMs: 30_000,
      timeoutMs: 30_000,
    },
    options,
  );
}

/**
 * For Agresso database reads: 3 attempts, linear back-off 1 s, 2 s (capped at 10 s), 60 s per
 * attempt. Only transient database errors are retried; a refused login is not.
 * @example
 * const rows = await databasePolicy().execute(({ signal }) => readUsers(signal), signal);
 */
export function databasePolicy(options: PresetOptions = {}): RetryPolicy {
  return preset(
    {
      name: 'database',
      maxAttempts: 3,
      backoff: 'linear',
      initialDelayMs: 1_000,
      maxDelayMs: 10_000,
      timeoutMs: 60_000,
    },
    options,
  );
}
