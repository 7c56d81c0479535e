export { resilienceChannels } from './lib/channels.js';
export { circuitBreakerPolicy } from './lib/circuit-breaker-policy.js';
export { createEventSource } from './lib/events.js';
export { systemClock } from './lib/clock.js';
export {
  AbortedError,
  ApiError,
  AuthenticationError,
  CircuitOpenError,
  ConfigurationError,
  DatabaseError,
  NetworkError,
  RateLimitError,
  SourceError,
  TimeoutError,
  ValidationError,
} from './lib/errors.js';
export {
  isAbortedError,
  isApiError,
  isAuthenticationError,
  isCircuitOpenError,
  isConfigurationError,
  isDatabaseError,
  isNetworkError,
  isRateLimitError,
  isSourceError,
  isSyncError,
  isTimeoutError,
  isTransient,
  isValidationError,
} from './lib/guards.js';
export { composePolicies } from './lib/policy.js';
export { apiPolicy, databasePolicy } from './lib/presets.js';
export { createQuotaLimiter, DEFAULT_QUOTAS } from './lib/quota-limiter.js';
export { quotaWindowAt } from './lib/quota-window.js';
export { REDACTED, redact, redactText } from './lib/redact.js';
export { retryPolicy } from './lib/retry-policy.js';
export { SyncError } from './lib/sync-error.js';
export { timeoutPolicy } from './lib/timeout-policy.js';
// The manual clock for tests lives in the `@n2f/resilience/testing` subpath.

export type { Backoff } from './lib/backoff.js';
export type { BreakerMessage, GiveUpMessage, RetryMessage } from './lib/channels.js';
export type {
  BreakerState,
  CircuitBreakerOptions,
  CircuitBreakerPolicy,
} from './lib/circuit-breaker-policy.js';
export type { Clock } from './lib/clock.js';
export type { ApiErrorDetails, DatabaseErrorDetails, ValidationDetails } from './lib/errors.js';
export type { EventSource, Listen, Subscription } from './lib/events.js';
export type { Policy, PolicyContext } from './lib/policy.js';
export type { PresetOptions } from './lib/presets.js';
export type { BucketUsage, QuotaBucket, QuotaWaitEvent } from './lib/quota-gate.js';
export type {
  QuotaBudget,
  QuotaDescription,
  QuotaLimiter,
  QuotaLimiterOptions,
  QuotaUsage,
} from './lib/quota-limiter.js';
export type { QuotaWindow, QuotaWindowOptions } from './lib/quota-window.js';
export type { RetryOptions } from './lib/retry-options.js';
export type { GiveUpEvent, RetryEvent, RetryPolicy } from './lib/retry-policy.js';
export type { ErrorCode, SyncErrorJson, SyncErrorOptions } from './lib/sync-error.js';
export type { TimeoutOptions } from './lib/timeout-policy.js';
