import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ApiCallCounts } from '../report/report-types.js';

/** Counts N2F calls per scope from the `n2f:request` channel while attached. */
export interface CallTally {
  /** Calls from now on are counted for `scope`. */
  enter(scope: string): void;
  of(scope: string): ApiCallCounts;
  total(): ApiCallCounts & { rateLimited: number };
  dispose(): void;
}

/** Starts counting; call `dispose()` at the end of the run. */
export function createCallTally(): CallTally {
  const byScope = new Map<string, ApiCallCounts>();
  const total = { read: 0, write: 0, retries: 0, rateLimited: 0 };
  let current = '';
  const onRequest = (message: unknown): void => {
    const m = message as { bucket?: string; attempt?: number; status?: number };
    const counts = byScope.get(current) ?? { read: 0, write: 0, retries: 0 };
    byScope.set(current, counts);
    for (const tally of [counts, total]) {
      if (m.bucket === 'write') tally.write += 1;
      else tally.read += 1;
      if ((m.attempt ?? 1) > 1) tally.retries += 1;
    }
    if (m.status === 429) total.rateLimited += 1;
  };
  subscribe('n2f:request', onRequest);
  return {
    enter: (scope) => void (current = scope),
    of: (scope) => ({ ...(byScope.get(scope) ?? { read: 0, write: 0, retries: 0 }) }),
    total: () => ({ ...total }),
    dispose: () => void unsubscribe('n2f:request', onRequest),
  };
}
