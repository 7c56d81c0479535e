import { AbortedError } from './errors.js';
import { isAbortedError } from './guards.js';

/** The error for an aborted signal: its reason when that already is an AbortedError. */
export function abortedError(signal: AbortSignal): AbortedError {
  const reason: unknown = signal.reason;
  return isAbortedError(reason) ? reason : new AbortedError(undefined, { cause: reason });
}

/** Throws an AbortedError when `signal` has already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal);
}

/**
 * Calls `onAbort` once if `signal` aborts; returns the function that stops listening.
 * A missing signal never aborts.
 */
export function whenAborted(signal: AbortSignal | undefined, onAbort: () => void): () => void {
  if (!signal) return () => undefined;
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}
