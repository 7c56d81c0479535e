import { redact, redactText } from './redact.js';

/** Stable machine-readable error codes; never renamed once published. */
export type ErrorCode =
  | 'CONFIGURATION_INVALID'
  | 'VALIDATION_FAILED'
  | 'RESPONSE_INVALID'
  | 'SOURCE_FAILED'
  | 'DATABASE_ERROR'
  | 'DATABASE_LOGIN_FAILED'
  | 'DATABASE_UNREACHABLE'
  | 'DATABASE_OBJECT_MISSING'
  | 'API_ERROR'
  | 'AUTHENTICATION_FAILED'
  | 'RATE_LIMITED'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'CIRCUIT_OPEN'
  /** Not an error of the family (a bug or an unexpected library error), kept for the report. */
  | 'UNEXPECTED';

/** What every error of the family carries besides its message. */
export interface SyncErrorOptions {
  /** Facts a human or a log needs: entity, field, endpoint… Secrets are redacted on output. */
  readonly context?: Readonly<Record<string, unknown>>;
  /** The underlying error. */
  readonly cause?: unknown;
}

/** The JSON form of an error of the family (`error.toJSON()`), free of secrets. */
export interface SyncErrorJson {
  readonly name: string;
  readonly code: ErrorCode;
  readonly message: string;
  readonly transient: boolean;
  readonly context: Readonly<Record<string, unknown>>;
  readonly cause?: { readonly name: string; readonly message: string; readonly code?: string };
}

/**
 * Root of the n2f-sync error family: a stable `code`, a `transient` flag (only transient errors
 * are retried), a `context` and a message that tells a human what to do.
 */
export class SyncError extends Error {
  readonly code: ErrorCode;
  readonly transient: boolean;
  readonly context: Readonly<Record<string, unknown>>;
  /**
   * Class names from this class up to `SyncError`. The guards check this brand rather than
   * `instanceof`, so they work across duplicate installs of this library.
   */
  readonly kinds: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    transient: boolean,
    options: SyncErrorOptions = {},
  ) {
    super(redactText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.transient = transient;
    this.context = options.context ?? {};
    this.kinds = classNames(new.target);
  }

  /** The error as JSON: name, code, message, transient, redacted context and a short cause. */
  toJSON(): SyncErrorJson {
    const cause = describeCause(this.cause);
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      transient: this.transient,
      context: redact(this.context),
      ...(cause ? { cause } : {}),
    };
  }
}

function classNames(target: abstract new (...args: never[]) => unknown): string[] {
  const names: string[] = [];
  for (
    let proto: unknown = target;
    typeof proto === 'function' && proto !== Error;
    proto = Object.getPrototypeOf(proto)
  ) {
    names.push((proto as { name: string }).name);
  }
  return names;
}

function describeCause(cause: unknown): SyncErrorJson['cause'] {
  if (cause === undefined || cause === null) return undefined;
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return {
      name: cause.name,
      message: redactText(cause.message),
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { name: typeof cause, message: redactText(String(cause)) };
}
