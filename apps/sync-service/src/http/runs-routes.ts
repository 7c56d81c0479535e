import { isConfigurationError } from '@n2f/resilience';
import * as v from 'valibot';
import { SYNC_ACTIONS } from '../config/env-schema.js';
import type { Secret } from '../config/secrets.js';
import type { RunManager } from '../runs/run-manager.js';
import { summarize, type RunRequest } from '../runs/run-record.js';
import { BEARER_CHALLENGE, hasBearerToken } from './auth.js';
import { BadBodyError, readJsonBody } from './json-body.js';
import { sendError, sendJson } from './respond.js';
import type { Route, RouteContext } from './router.js';
import { runEventsRoute, allEventsRoute } from './events-routes.js';
import type { EventStreams } from './sse.js';

/** What the runs routes need from the service. */
export interface RunsRoutesOptions {
  readonly runs: RunManager;
  readonly token: Secret;
  readonly streams: EventStreams;
  readonly nextRunAt: () => Date | null;
  /** Names of the registered scopes, for clients that offer a choice. */
  readonly scopes: readonly string[];
}

const scopeName = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'must be a scope name such as "users"'),
);
const runRequestSchema = v.strictObject({
  scopes: v.optional(v.pipe(v.array(scopeName), v.minLength(1, 'must name at least one scope'))),
  actions: v.optional(
    v.pipe(v.array(v.picklist(SYNC_ACTIONS, 'must be create, update or delete')), v.minLength(1)),
  ),
  dryRun: v.optional(v.boolean('must be true or false')),
  only: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.trim(), v.nonEmpty())),
      v.minLength(1, 'must name at least one e-mail or COMPANY/CODE'),
    ),
  ),
});

/** `POST /runs`, `GET /runs`, `GET /runs/:id`, `GET /runs/:id/events` and `GET /events`. */
export function runsRoutes(options: RunsRoutesOptions): Route[] {
  const { runs } = options;
  return [
    { method: 'POST', path: '/runs', handle: (ctx) => triggerRun(ctx, options) },
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
    runEventsRoute(runs, options.streams),
    allEventsRoute(runs, options.streams),
  ];
}

async function triggerRun({ req, res }: RouteContext, options: RunsRoutesOptions): Promise<void> {
  if (!hasBearerToken(req, options.token.reveal())) {
    return sendError(
      res,
      401,
      'unauthorized',
      'POST /runs needs "Authorization: Bearer <SYNC_SERVICE_TOKEN>"',
      {},
      BEARER_CHALLENGE,
    );
  }
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    if (error instanceof BadBodyError)
      return sendError(res, error.status, 'bad-request', error.message);
    throw error;
  }
  const parsed = v.safeParse(runRequestSchema, body);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? 'body'}: ${i.message}`);
    return sendError(res, 400, 'bad-request', 'the run request is not valid', { issues });
  }
  const request: RunRequest = {
    ...(parsed.output.scopes === undefined ? {} : { scopes: parsed.output.scopes }),
    actions: parsed.output.actions ?? ['create', 'update'],
    dryRun: parsed.output.dryRun ?? false,
    ...(parsed.output.only === undefined ? {} : { only: parsed.output.only }),
  };
  answerTrigger(res, options.runs, request);
}

function answerTrigger(res: RouteContext['res'], runs: RunManager, request: RunRequest): void {
  let result;
  try {
    result = runs.trigger(request, 'api');
  } catch (error) {
    if (isConfigurationError(error)) return sendError(res, 400, 'bad-request', error.message);
    throw error;
  }
  if (result.started) {
    const links = { self: `/runs/${result.id}`, events: `/runs/${result.id}/events` };
    return sendJson(
      res,
      202,
      { id: result.id, status: 'running', links },
      { location: links.self },
    );
  }
  if (result.reason === 'busy') {
    return sendError(res, 409, 'run-in-progress', `run ${result.runningId} is in progress`, {
      runningId: result.runningId,
    });
  }
  sendError(res, 503, 'stopping', 'the service is stopping');
}
