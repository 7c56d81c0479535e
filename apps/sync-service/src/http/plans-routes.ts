import type { PlanStore, StoredPlan } from '../plans/plan-store.js';
import { planView } from '../plans/plan-view.js';
import { refusalError } from '../runs/run-factory.js';
import type { RunManager } from '../runs/run-manager.js';
import { sendError, sendJson } from './respond.js';
import type { Route, RouteContext } from './router.js';
import { answerTrigger, readRunRequest } from './run-request.js';

/** What the plan routes need from the service. */
export interface PlansRoutesOptions {
  readonly runs: RunManager;
  readonly plans: PlanStore;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * `POST /plans` ("Plan now": a dry run whose plan is kept), `GET /plans/:id` (the plan to
 * review) and `POST /plans/:id/apply` (applies exactly that plan, drift-checked).
 */
export function plansRoutes(options: PlansRoutesOptions): Route[] {
  const { runs, plans } = options;
  const now = options.now ?? ((): Date => new Date());
  return [
    {
      method: 'POST',
      path: '/plans',
      async handle(ctx) {
        const request = await readRunRequest(ctx);
        if (request)
          answerTrigger(
            ctx.res,
            runs,
            { ...request, dryRun: true, kind: 'plan' },
            (id) => `/plans/${id}`,
          );
      },
    },
    {
      method: 'GET',
      path: '/plans/:id',
      handle({ res, params }) {
        const id = params['id'] ?? '';
        if (runs.running() === id) return sendJson(res, 202, { id, state: 'planning' });
        const stored = plans.get(id);
        if (stored) return sendJson(res, 200, planView(stored, now()));
        sendError(res, 404, 'not-found', refusalError(id, { reason: 'unknown' }).message);
      },
    },
    { method: 'POST', path: '/plans/:id/apply', handle: (ctx) => approve(ctx, options) },
  ];
}

function approve({ res, params }: RouteContext, options: PlansRoutesOptions): void {
  const id = params['id'] ?? '';
  const refusal = options.plans.refusal(id);
  if (refusal) {
    const error = refusalError(id, refusal);
    const status = refusal.reason === 'unknown' ? 404 : refusal.reason === 'expired' ? 410 : 409;
    return sendError(res, status, `plan-${refusal.reason}`, error.message);
  }
  const { plan } = options.plans.get(id) as StoredPlan; // no refusal: it is there
  const scopes = plan.scopes.filter((s) => s.status === 'planned').map((s) => s.scope);
  answerTrigger(
    res,
    options.runs,
    { scopes, actions: plan.actions, dryRun: false, kind: 'apply', planId: id },
    (runId) => `/runs/${runId}`,
  );
}
