import type { QuotaBucket } from '@n2f/resilience';

/** HTTP requests of one quota bucket, as sent (every attempt counts). */
export interface N2fCallCounts {
  /** Requests sent, retries included. */
  readonly requests: number;
  /** Requests answered 2xx. */
  readonly ok: number;
  /** Requests that failed: non-2xx, network error, timeout or abort. */
  readonly failed: number;
  /** Requests answered 429. */
  readonly rateLimited: number;
}

/** A mutable tally of requests per bucket; `snapshot()` gives a frozen copy for reports. */
export interface CallCounter {
  record(bucket: QuotaBucket, status: number | undefined): void;
  snapshot(): Readonly<Record<QuotaBucket, N2fCallCounts>>;
}

/** Creates an empty counter. */
export function createCallCounter(): CallCounter {
  const zero = (): { requests: number; ok: number; failed: number; rateLimited: number } => ({
    requests: 0,
    ok: 0,
    failed: 0,
    rateLimited: 0,
  });
  const counts = { read: zero(), write: zero() };
  return {
    record(bucket, status) {
      const tally = counts[bucket];
      tally.requests += 1;
      if (status !== undefined && status >= 200 && status < 300) tally.ok += 1;
      else tally.failed += 1;
      if (status === 429) tally.rateLimited += 1;
    },
    snapshot: () => ({ read: { ...counts.read }, write: { ...counts.write } }),
  };
}
