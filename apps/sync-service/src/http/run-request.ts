import { isConfigurationError } from '@n2f/resilience';
import * as v from 'valibot';
import { SYNC_ACTIONS } from '../config/env-schema.js';
import type { RunManager } from '../runs/run-manager.js';
import type { RunRequest } from '../runs/run-record.js';
import { BadBodyError, readJsonBody } from './json-body.js';
import { sendError, sendJson } from './respond.js';
import type { RouteContext } from './router.js';

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

/**
 * The `{ scopes?, actions?, dryRun?, only? }` body of `POST /runs` or `POST /plans` as a request, or
 * `undefined` once a 400/413/415 naming each bad field was sent.
 */
export async function readRunRequest({ req, res }: RouteContext): Promise<RunRequest | undefined> {
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    if (!(error instanceof BadBodyError)) throw error;
    sendError(res, error.status, 'bad-request', error.message);
    return undefined;
  }
  const parsed = v.safeParse(runRequestSchema, body);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? 'body'}: ${i.message}`);
    sendError(res, 400, 'bad-request', 'the run request is not valid', { issues });
    return undefined;
  }
  return {
    ...(parsed.output.scopes === undefined ? {} : { scopes: parsed.output.scopes }),
    actions: parsed.output.actions ?? ['create', 'update'],
    dryRun: parsed.output.dryRun ?? false,
    ...(parsed.output.only === undefined ? {} : { only: parsed.output.only }),
  };
}

/**
 * Starts the run and answers 202 with its links (`self` given, `events` added), 409 with the run
 * in progress, 400 for a request the run refuses, 503 while the service stops.
 */
export function answerTrigger(
  res: RouteContext['res'],
  runs: RunManager,
  request: RunRequest,
  self: (id: string) => string,
): void {
  let result;
  try {
    result = runs.trigger(request, 'api');
  } catch (error) {
    if (isConfigurationError(error)) return sendError(res, 400, 'bad-request', error.message);
    throw error;
  }
  if (result.started) {
    const links = { self: self(result.id), events: `/runs/${result.id}/events` };
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
