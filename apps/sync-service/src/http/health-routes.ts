import type { Metrics } from '@n2f/metrics';
import type { RunManager } from '../runs/run-manager.js';
import type { QuotaFigures } from '../runs/service-events.js';
import type { ReadinessReport } from './readiness.js';
import { sendJson, sendText } from './respond.js';
import type { Route } from './router.js';

/** What the health routes need from the service. */
export interface HealthRoutesOptions {
  readonly runs: RunManager;
  readonly readiness: { check(): Promise<ReadinessReport> };
  readonly metrics: Metrics;
  readonly quotaUsage: () => QuotaFigures;
  readonly startedAt: Date;
}

/** `GET /healthz` (alive, public), `GET /readyz` (503 when a dependency fails), `GET /metrics` (Prometheus text). */
export function healthRoutes(options: HealthRoutesOptions): Route[] {
  const { registry } = options.metrics;
  const inProgress = registry.gauge(
    'service_run_in_progress',
    'Whether a sync run is in progress (1) or not (0).',
  );
  const quotaUsed = registry.gauge(
    'service_quota_used',
    'N2F calls in the current rolling minute.',
    ['bucket'],
  );
  const quotaLimit = registry.gauge(
    'service_quota_limit',
    'N2F calls allowed per minute in the window in force.',
    ['bucket'],
  );
  return [
    {
      method: 'GET',
      path: '/healthz',
      public: true, // probes carry no token; the answer names no data
      handle: ({ res }) =>
        sendJson(res, 200, {
          status: 'alive',
          uptimeSeconds: Math.round((Date.now() - options.startedAt.getTime()) / 1000),
          running: options.runs.running() ?? null,
        }),
    },
    {
      method: 'GET',
      path: '/readyz',
      async handle({ res }) {
        const report = await options.readiness.check();
        sendJson(res, report.status === 'ready' ? 200 : 503, report);
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handle({ res }) {
        const quota = options.quotaUsage();
        inProgress.set({}, options.runs.running() === undefined ? 0 : 1);
        for (const bucket of ['reads', 'writes'] as const) {
          quotaUsed.set({ bucket }, quota[bucket].used);
          quotaLimit.set({ bucket }, quota[bucket].limit);
        }
        sendText(
          res,
          200,
          'text/plain; version=0.0.4; charset=utf-8',
          options.metrics.toPrometheus(),
        );
      },
    },
  ];
}
