import * as v from 'valibot';
import type { ApiContext } from './api-context.js';
import { failure, isReply, json, type Reply } from './http-io.js';
import { issuesToErrors } from './issues.js';
import { parsePaging, takePage } from './paging.js';
import { renderUser } from './render.js';
import type { FieldError, UserFields } from './types.js';
import { isPlainUserPayload, UserPayloadSchema } from './user-schema.js';

const apiCheck = { acceptUuids: false, checkManager: true } as const;

/** `GET /users`, paged. */
export function listUsers({ runtime, query, view }: ApiContext): Reply {
  const paging = parsePaging(query);
  if (isReply(paging)) return paging;
  const { account, users } = runtime.store;
  const page = takePage(users.list, paging, runtime.faults);
  return json(200, { response: { data: page.map((user) => renderUser(user, account, view)) } });
}

/** The user fields of a `POST /users` body, or its field errors. */
function parseUserPayload(body: unknown): UserFields | FieldError[] {
  if (isPlainUserPayload(body)) return body;
  const parsed = v.safeParse(UserPayloadSchema, body);
  return parsed.success ? parsed.output : issuesToErrors(parsed.issues);
}

/** `POST /users`: upsert keyed by mail; 201 when created, 200 when replaced, 400 with field errors. */
export function upsertUser({ runtime, body, view }: ApiContext): Reply {
  const fields = parseUserPayload(body);
  if (Array.isArray(fields)) return failure(400, 'Invalid user', fields);
  const { account, users } = runtime.store;
  const outcome = users.upsert(fields, apiCheck);
  if (!outcome.ok) return failure(400, 'Invalid user', outcome.errors);
  return json(outcome.created ? 201 : 200, {
    response: { data: renderUser(outcome.record, account, view) },
  });
}

/** `DELETE /users/{mail}`: 404 when unknown, 409 while the user still manages others. */
export function deleteUser({ runtime, params, view }: ApiContext): Reply {
  const [mail = ''] = params;
  const outcome = runtime.store.users.delete(mail);
  if (outcome === 'unknown') return failure(404, `Unknown user "${mail}"`);
  if (outcome === 'manages-others') return failure(409, `User "${mail}" still manages other users`);
  return json(200, { response: { data: renderUser(outcome, runtime.store.account, view) } });
}
