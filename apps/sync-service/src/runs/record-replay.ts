import { runFinishedBody, scopeFinishedBody } from './run-event-bodies.js';
import { kindOf, type RunRecord } from './run-record.js';
import type { ServiceEvent, ServiceEventBody } from './service-events.js';

/**
 * The events of a run this process no longer holds (an earlier run, or one from before a restart),
 * rebuilt from its record: start, quota samples, each scope's end, the run's end.
 */
export function eventsFromRecord(record: RunRecord): ServiceEvent[] {
  const report = record.report;
  const finishedAt = record.finishedAt ?? record.startedAt;
  const timed: { at: string; body: ServiceEventBody }[] = [
    {
      at: record.startedAt,
      body: {
        type: 'run-started',
        scopes: report?.scopes.map((s) => s.scope) ?? record.request.scopes ?? [],
        dryRun: record.request.dryRun,
        kind: kindOf(record.request),
        trigger: record.trigger,
      },
    },
    ...record.quota.map(({ at, ...figures }) => ({
      at,
      body: { type: 'quota' as const, ...figures },
    })),
    ...(report?.scopes ?? []).map((scope) => ({ at: finishedAt, body: scopeFinishedBody(scope) })),
    ...(report === undefined ? [] : [{ at: finishedAt, body: runFinishedBody(report) }]),
  ];
  return timed.map(({ at, body }, seq) => ({ ...body, runId: record.id, seq, at }));
}
