import type { ReferenceData } from '../../references/reference-data.js';
import type { ResolvedQuotas } from './quotas.js';

/** N2F list page size. */
export const PAGE_SIZE = 200;

/** Calls a plan needs and the time the quotas impose on them, in each window. */
export interface PlanEstimate {
  readonly reads: {
    /** GET pages listing this scope's N2F records. */
    readonly target: number;
    /** GET pages of the reference data (companies, roles, profiles, custom axes), shared by scopes. */
    readonly references: number;
    readonly total: number;
  };
  readonly writes: {
    readonly creates: number;
    readonly updates: number;
    readonly deletes: number;
    /** `POST /auth`, which counts as a write; shared by scopes. */
    readonly auth: number;
    readonly total: number;
  };
  /** Minimum time the per-minute quotas allow for these reads then writes (latency not counted). */
  readonly durationMs: { readonly day: number; readonly night: number };
}

/** GETs to list `n` items with N2F paging: `floor(n / 200) + 1` (an empty last page included). */
export function pagesFor(n: number): number {
  return Math.floor(n / PAGE_SIZE) + 1;
}

/** GET pages to load the reference data: companies, roles, profiles, each company's custom axes. */
export function referenceReads(data: ReferenceData): number {
  let pages = pagesFor(data.companies.length) + 2;
  for (const company of data.companies)
    pages += pagesFor(data.customAxes[company.uuid]?.length ?? 0);
  return pages;
}

/** Builds an estimate from call counts; the time is quota-bound, reads then writes. */
export function estimateCalls(
  counts: {
    readonly targetReads: number;
    readonly referenceReads: number;
    readonly creates: number;
    readonly updates: number;
    readonly deletes: number;
  },
  quotas: ResolvedQuotas,
): PlanEstimate {
  const reads = counts.targetReads + counts.referenceReads;
  const writes = counts.creates + counts.updates + counts.deletes + 1;
  const window = quotas.windowMs ?? 60_000;
  return {
    reads: { target: counts.targetReads, references: counts.referenceReads, total: reads },
    writes: {
      creates: counts.creates,
      updates: counts.updates,
      deletes: counts.deletes,
      auth: 1,
      total: writes,
    },
    durationMs: {
      day:
        quotaTime(reads, quotas.day.reads, window) + quotaTime(writes, quotas.day.writes, window),
      night:
        quotaTime(reads, quotas.night.reads, window) +
        quotaTime(writes, quotas.night.writes, window),
    },
  };
}

/** Sums the estimates of several scopes, counting the shared reference reads and auth once. */
export function combineEstimates(
  estimates: readonly PlanEstimate[],
  quotas: ResolvedQuotas,
): PlanEstimate {
  const sum = (pick: (e: PlanEstimate) => number): number =>
    estimates.reduce((total, e) => total + pick(e), 0);
  return estimateCalls(
    {
      targetReads: sum((e) => e.reads.target),
      referenceReads: Math.max(0, ...estimates.map((e) => e.reads.references)),
      creates: sum((e) => e.writes.creates),
      updates: sum((e) => e.writes.updates),
      deletes: sum((e) => e.writes.deletes),
    },
    quotas,
  );
}

// A rolling window lets `limit` calls through at once, then `limit` more each window, as the
// quota limiter of @n2f/resilience does.
function quotaTime(calls: number, limit: number, windowMs: number): number {
  return calls === 0 ? 0 : Math.floor((calls - 1) / limit) * windowMs;
}
