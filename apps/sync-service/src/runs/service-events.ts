import type { Counts, Outcome, QuotaReport } from '@n2f/sync-core';

/** Entity counts of a scope or a run, exactly as the report gives them. */
export type EventCounts = Readonly<Counts>;

/**
 * Calls used in the rolling minute and the limit of the window in force (the report's shape);
 * `enforced` is false when the service sends without waiting (`N2F_QUOTAS=off`): the limit is then N2F's, not ours.
 */
export type QuotaFigures = QuotaReport & { readonly enforced: boolean };

/** A write N2F refused or that failed, with its reason (N2F's message). */
export interface EventFailure {
  readonly action: string;
  readonly key: string;
  readonly code: string;
  readonly message: string;
}

/**
 * What the service tells a dashboard about a run, over SSE: progress, counts and reasons,
 * never field values (an operation carries the entity key only).
 */
export type ServiceEventBody =
  | {
      readonly type: 'run-started';
      readonly scopes: readonly string[];
      readonly dryRun: boolean;
      readonly trigger: RunTrigger;
    }
  | { readonly type: 'scope-started'; readonly scope: string }
  | {
      readonly type: 'plan-ready';
      readonly scope: string;
      readonly counts: {
        readonly source: number;
        readonly target: number;
        readonly creates: number;
        readonly updates: number;
        readonly deletes: number;
        readonly unchanged: number;
        readonly invalid: number;
      };
      readonly estimate: {
        readonly reads: number;
        readonly writes: number;
        readonly durationMs: { readonly day: number; readonly night: number };
      };
    }
  | {
      readonly type: 'operation';
      readonly scope: string;
      readonly action: string;
      readonly key: string;
      readonly outcome: 'done' | 'refused' | 'failed' | 'skipped';
      readonly done: number;
      readonly total: number;
      readonly etaMs?: number;
    }
  | ({ readonly type: 'quota' } & QuotaFigures)
  | {
      readonly type: 'scope-finished';
      readonly scope: string;
      readonly status: string;
      readonly counts: EventCounts;
      readonly durationMs: number;
      readonly failures: readonly EventFailure[];
      readonly guard?: string;
      readonly error?: string;
    }
  | {
      readonly type: 'run-finished';
      readonly outcome: 'success' | 'partial' | 'failed' | 'aborted';
      /** sync-core's typed outcome: `success` or the most severe shortfall. */
      readonly result: Outcome['kind'];
      readonly durationMs: number;
      readonly totals: EventCounts;
    };

/** An event as sent: its body, the run, a sequence number within the run and the time. */
export type ServiceEvent = ServiceEventBody & {
  readonly runId: string;
  readonly seq: number;
  readonly at: string;
};

/** Who started a run. */
export type RunTrigger = 'api' | 'schedule';

/** The SSE `id` of an event: `<runId>/<seq>`, so `Last-Event-ID` names the run and the position. */
export function eventId(event: ServiceEvent): string {
  return `${event.runId}/${event.seq}`;
}

/** The run and sequence number of a `Last-Event-ID`, or `undefined` when it is not one of ours. */
export function parseEventId(id: string | undefined): { runId: string; seq: number } | undefined {
  const at = id?.lastIndexOf('/') ?? -1;
  if (id === undefined || at <= 0) return undefined;
  const seq = Number(id.slice(at + 1));
  return Number.isSafeInteger(seq) && seq >= 0 ? { runId: id.slice(0, at), seq } : undefined;
}
