import type { Counts, RunReport, SyncAction } from '@n2f/sync-core';
import type { QuotaFigures, RunTrigger } from './service-events.js';

/** What was asked of a run (by `POST /runs` or the schedule). */
export interface RunRequest {
  /** Scopes to run; every registered scope when absent. */
  readonly scopes?: readonly string[];
  readonly actions: readonly SyncAction[];
  /** Plans only, writes nothing (true for a `plan` too). */
  readonly dryRun: boolean;
  /** `plan`: "Plan now", a dry run whose plan is kept for approval; `apply`: applies plan `planId`. @default a sync, or a dry run */
  readonly kind?: 'plan' | 'apply';
  /** The plan an `apply` run applies (the id of the run that made it). */
  readonly planId?: string;
  /** Just these entities (e-mails, `COMPANY/CODE`), each traced step by step in the report. */
  readonly only?: readonly string[];
}

/** What a run was, for the history: a sync, a dry run, a plan for review, or the apply of one. */
export type RunKind = 'sync' | 'dry-run' | 'plan' | 'apply';

/** The kind of a request. */
export function kindOf(request: RunRequest): RunKind {
  return request.kind ?? (request.dryRun ? 'dry-run' : 'sync');
}

/** Quota use at one moment of a run. */
export type QuotaSample = QuotaFigures & { readonly at: string };

/** A run as the history keeps it: the request, the state and, once finished, the report. */
export interface RunRecord {
  readonly id: string;
  readonly trigger: RunTrigger;
  readonly request: RunRequest;
  /** `interrupted`: the service stopped without finishing it (crash or kill). */
  readonly status: 'running' | 'finished' | 'interrupted';
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly report?: RunReport;
  /** Quota use sampled while it ran (at most a few hundred points). */
  readonly quota: readonly QuotaSample[];
}

/** A line of `GET /runs`. */
export interface RunSummary {
  readonly id: string;
  readonly trigger: RunTrigger;
  readonly status: RunRecord['status'];
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly dryRun: boolean;
  readonly kind: RunKind;
  /** The plan an `apply` run applied. */
  readonly planId?: string;
  readonly outcome?: RunReport['outcome'];
  /** sync-core's typed outcome: `success` or the most severe shortfall. */
  readonly result?: RunReport['result']['kind'];
  readonly durationMs?: number;
  readonly totals?: Counts;
  readonly scopes: readonly {
    readonly scope: string;
    readonly status: string;
    readonly counts: Counts;
  }[];
}

/** The summary of a record: counts per scope and in total, no entity data. */
export function summarize(record: RunRecord): RunSummary {
  const report = record.report;
  return {
    id: record.id,
    trigger: record.trigger,
    status: record.status,
    startedAt: record.startedAt,
    ...(record.finishedAt === undefined ? {} : { finishedAt: record.finishedAt }),
    dryRun: record.request.dryRun,
    kind: kindOf(record.request),
    ...(record.request.planId === undefined ? {} : { planId: record.request.planId }),
    ...(report === undefined
      ? {}
      : {
          outcome: report.outcome,
          result: report.result.kind,
          durationMs: report.durationMs,
          totals: report.totals,
        }),
    scopes: (report?.scopes ?? []).map((s) => ({
      scope: s.scope,
      status: s.status,
      counts: s.counts,
    })),
  };
}
