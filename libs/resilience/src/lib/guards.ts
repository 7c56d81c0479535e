import type {
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
} from './errors.js';
import type { SyncError } from './sync-error.js';

/** True for any error of the family, even from another installed copy of this library. */
export function isSyncError(error: unknown): error is SyncError {
  return (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as Partial<SyncError>).kinds) &&
    (error as SyncError).kinds.includes('SyncError')
  );
}

function isKind(error: unknown, kind: string): boolean {
  return isSyncError(error) && error.kinds.includes(kind);
}

/** True when the error is worth retrying (network, timeout, 5xx, 429); false for anything else. */
export function isTransient(error: unknown): boolean {
  return isSyncError(error) && error.transient;
}

/** Guard for {@link ConfigurationError}. */
export const isConfigurationError = (e: unknown): e is ConfigurationError =>
  isKind(e, 'ConfigurationError');
/** Guard for {@link ValidationError}. */
export const isValidationError = (e: unknown): e is ValidationError => isKind(e, 'ValidationError');
/** Guard for {@link SourceError}. */
export const isSourceError = (e: unknown): e is SourceError => isKind(e, 'SourceError');
/** Guard for {@link DatabaseError}. */
export const isDatabaseError = (e: unknown): e is DatabaseError => isKind(e, 'DatabaseError');
/** Guard for {@link ApiError} and its subclasses. */
export const isApiError = (e: unknown): e is ApiError => isKind(e, 'ApiError');
/** Guard for {@link AuthenticationError}. */
export const isAuthenticationError = (e: unknown): e is AuthenticationError =>
  isKind(e, 'AuthenticationError');
/** Guard for {@link RateLimitError}. */
export const isRateLimitError = (e: unknown): e is RateLimitError => isKind(e, 'RateLimitError');
/** Guard for {@link NetworkError}. */
export const isNetworkError = (e: unknown): e is NetworkError => isKind(e, 'NetworkError');
/** Guard for {@link TimeoutError}. */
export const isTimeoutError = (e: unknown): e is TimeoutError => isKind(e, 'TimeoutError');
/** Guard for {@link AbortedError}. */
export const isAbortedError = (e: unknown): e is AbortedError => isKind(e, 'AbortedError');
/** Guard for {@link CircuitOpenError}. */
export const isCircuitOpenError = (e: unknown): e is CircuitOpenError =>
  isKind(e, 'CircuitOpenError');
