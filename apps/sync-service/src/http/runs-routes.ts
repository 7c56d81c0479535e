import type { RunManager } from '../runs/run-manager.js';
import { readAuditTrail } from '../runs/audit-reader.js';
import { summarize } from '../runs/run-record.js';
import type { QuotaFigures } from '../runs/service-events.js';
import { sendError, sendJson } from './respond.js';
import type { Route } from './router.js';
import { answerTrigger, readRunRequest } from './run-request.js';
import { runEventsRoute, allEventsRoute } from './events-routes.js';
import type { EventStreams } from './sse.js';

/** What the runs routes need from the service. */
export interface RunsRoutesOptions {
  readonly runs: RunManager;
  readonly streams: EventStreams;
  readonly nextRunAt: () => Date | null;
  /** Quota use and the limits in force now (the dashboard draws the limits before any run). */
  readonly quotaUsage: () => QuotaFigures;
  /** Where the runs' audit trails are (`GET /runs/:id/entities`). */
  readonly auditDir: string;
  /** Names of the registered scopes, for clients that offer a choice. */
  readonly scopes: readonly string[];
}

/** `POST /runs`, `GET /runs`, `GET /runs/:id`, `GET /runs/:id/entities` (its writes, before and after), `GET /runs/:id/events` and `GET /events`. */
export function runsRoutes(options: RunsRoutesOptions): Route[] {
  const { runs } = options;
  return [
    {
      method: 'POST',
      path: '/runs',
      async handle(ctx) {
        const request = await readRunRequest(ctx);
        if (request) answerTrigger(ctx.res, runs, request, (id) => `/runs/${id}`);
      },
    },
    {
      method: 'GET',
      path: '/runs',
      async handle({ res, url }) {
        const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 200);
        const records = await runs.records(limit);
        sendJson(res, 200, {
          running: runs.running() ?? null,
          nextRunAt: options.nextRunAt()?.toISOString() ?? null,
          scopes: options.scopes,
          quota: options.quotaUsage(),
          runs: records.map(summarize),
        });
      },
    },
    {
      method: 'GET',
      path: '/runs/:id',
      async handle({ res, params }) {
        const record = await runs.record(params['id'] ?? '');
        if (record) sendJson(res, 200, record);
        else sendError(res, 404, 'not-found', `No run "${params['id'] ?? ''}"`);
      },
    },
    {
      method: 'GET',
      path: '/runs/:id/entities',
      async handle({ res, params }) {
        const id = params['id'] ?? '';
        if (!(await runs.record(id))) return sendError(res, 404, 'not-found', `No run "${id}"`);
        sendJson(res, 200, { runId: id, writes: await readAuditTrail(options.auditDir, id) });
      },
    },
    runEventsRoute(runs, options.streams),
    allEventsRoute(runs, options.streams),
  ];
}
