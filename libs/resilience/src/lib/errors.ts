import { SyncError, type ErrorCode, type SyncErrorOptions } from './sync-error.js';

/** A configuration value is missing or wrong; `key` names it, `fix` says what to do. Never retried. */
export class ConfigurationError extends SyncError {
  readonly key: string;
  constructor(key: string, problem: string, fix: string, options: SyncErrorOptions = {}) {
    super('CONFIGURATION_INVALID', `Configuration "${key}": ${problem}. Fix: ${fix}`, false, {
      ...options,
      context: { ...options.context, key, fix },
    });
    this.key = key;
  }
}

/** Details of a validation failure: which entity, which field, which value and how to fix it. */
export interface ValidationDetails {
  readonly entity: string;
  readonly field: string;
  readonly value?: unknown;
  readonly fix: string;
}

/** Data does not have the expected shape (a source row, a payload, an API response). Never retried. */
export class ValidationError extends SyncError {
  readonly entity: string;
  readonly field: string;
  constructor(
    problem: string,
    details: ValidationDetails,
    options: SyncErrorOptions & { readonly code?: 'VALIDATION_FAILED' | 'RESPONSE_INVALID' } = {},
  ) {
    const message = `${details.entity}: field "${details.field}" ${problem}. Fix: ${details.fix}`;
    super(options.code ?? 'VALIDATION_FAILED', message, false, {
      ...options,
      context: { ...options.context, ...details },
    });
    this.entity = details.entity;
    this.field = details.field;
  }
}

/** The data source (Agresso files or database) could not be read. */
export class SourceError extends SyncError {
  constructor(message: string, options: SyncErrorOptions & { readonly transient?: boolean } = {}) {
    super('SOURCE_FAILED', message, options.transient ?? false, options);
  }
}

/** SQL Server facts kept on a database error (as node-mssql does). */
export interface DatabaseErrorDetails {
  readonly code?: Extract<ErrorCode, `DATABASE_${string}`>;
  /** SQL Server error number, e.g. 18456 (login failed) or 208 (invalid object name). */
  readonly number?: number;
  readonly state?: number;
  readonly transient: boolean;
}

/** A SQL Server error, keeping SQL Server's `number` and `state`. Transient ones are retried. */
export class DatabaseError extends SyncError {
  readonly number: number | undefined;
  readonly state: number | undefined;
  constructor(message: string, details: DatabaseErrorDetails, options: SyncErrorOptions = {}) {
    super(details.code ?? 'DATABASE_ERROR', message, details.transient, {
      ...options,
      context: { ...options.context, number: details.number, state: details.state },
    });
    this.number = details.number;
    this.state = details.state;
  }
}

/** What an HTTP API error carries: never the token, never a full body. */
export interface ApiErrorDetails {
  readonly status: number;
  readonly method: string;
  /** Path (and query) of the call, without host credentials or tokens. */
  readonly url: string;
  /** N2F's own message, when the body had one. */
  readonly apiMessage?: string;
  /** The first characters of the response body, redacted. */
  readonly bodyExcerpt?: string;
}

/** An HTTP call answered with an error status. 5xx and 408 are transient; 4xx are not. */
export class ApiError extends SyncError {
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly apiMessage: string | undefined;
  constructor(
    message: string,
    details: ApiErrorDetails,
    options: SyncErrorOptions & { readonly code?: ErrorCode } = {},
  ) {
    const transient = details.status >= 500 || details.status === 408;
    super(options.code ?? 'API_ERROR', message, transient, {
      ...options,
      context: { ...options.context, ...details },
    });
    this.status = details.status;
    this.method = details.method;
    this.url = details.url;
    this.apiMessage = details.apiMessage;
  }
}

/** Credentials were refused or a token was rejected. Never retried blindly. */
export class AuthenticationError extends ApiError {
  constructor(message: string, details: ApiErrorDetails, options: SyncErrorOptions = {}) {
    super(message, details, { ...options, code: 'AUTHENTICATION_FAILED' });
  }
  override readonly transient: boolean = false;
}

/** The API said "too many requests"; `retryAfterMs` is how long it asked us to wait. */
export class RateLimitError extends ApiError {
  readonly retryAfterMs: number;
  override readonly transient: boolean = true;
  constructor(
    message: string,
    details: ApiErrorDetails & { readonly retryAfterMs: number },
    options: SyncErrorOptions = {},
  ) {
    super(message, details, { ...options, code: 'RATE_LIMITED' });
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** The connection failed or dropped before an answer. Transient. */
export class NetworkError extends SyncError {
  constructor(message: string, options: SyncErrorOptions = {}) {
    super('NETWORK_ERROR', message, true, options);
  }
}

/** An operation took longer than allowed. Transient. */
export class TimeoutError extends SyncError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number, options: SyncErrorOptions = {}) {
    super('TIMEOUT', message, true, { ...options, context: { ...options.context, timeoutMs } });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted (AbortSignal, Ctrl-C). Never retried. */
export class AbortedError extends SyncError {
  constructor(message = 'The operation was aborted.', options: SyncErrorOptions = {}) {
    super('ABORTED', message, false, options);
  }
}

/**
 * A circuit breaker is open: calls fail fast until it half-opens. Transient (a later run may
 * succeed), but a retry policy gives up on it at once: the breaker decides when to try again.
 */
export class CircuitOpenError extends SyncError {
  /** When the outage began: the first of the failures in a row that opened the circuit. */
  readonly since: Date;
  constructor(message: string, since: Date, options: SyncErrorOptions = {}) {
    super('CIRCUIT_OPEN', message, true, options);
    this.since = since;
  }
}
