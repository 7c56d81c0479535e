import { AbortedError } from '@n2f/resilience';

/** Throws `AbortedError` when the signal has fired (checked between rows and before I/O). */
export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new AbortedError(`${what} was aborted.`);
}
