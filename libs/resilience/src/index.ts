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
export { REDACTED, redact, redactText } from './lib/redact.js';
export { SyncError } from './lib/sync-error.js';

export type { ApiErrorDetails, DatabaseErrorDetails, ValidationDetails } from './lib/errors.js';
export type { ErrorCode, SyncErrorJson, SyncErrorOptions } from './lib/sync-error.js';
