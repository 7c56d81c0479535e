import { isAbortedError, isApiError, isSyncError } from '@n2f/resilience';
import type { OperationOutcome } from '../report/report-types.js';

/** How a failed write is reported: refused by N2F (its message), or failed after retries. */
export interface ClassifiedFailure {
  readonly outcome: Exclude<OperationOutcome, 'done' | 'skipped'>;
  readonly code: string;
  readonly message: string;
  readonly status?: number;
}

/** A 4xx is N2F refusing the entity (fix the data); anything else failed after the retries. */
export function classifyFailure(error: unknown): ClassifiedFailure {
  if (isApiError(error) && !error.transient) {
    return {
      outcome: 'refused',
      code: error.code,
      message: error.apiMessage ?? error.message,
      status: error.status,
    };
  }
  if (isSyncError(error)) {
    return {
      outcome: 'failed',
      code: error.code,
      message: error.message,
      ...(isApiError(error) ? { status: error.status } : {}),
    };
  }
  return {
    outcome: 'failed',
    code: 'UNEXPECTED',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Whether an error means the caller asked to stop (not a failure of the entity). */
export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return isAbortedError(error) || signal?.aborted === true;
}
