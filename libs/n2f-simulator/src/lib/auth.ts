import { timingSafeEqual } from 'node:crypto';
import * as v from 'valibot';
import type { Account } from './account.js';
import type { ApiContext } from './api-context.js';
import { failure, json, type Reply } from './http-io.js';

const CredentialsSchema = v.object({ client_id: v.string(), client_secret: v.string() });

const sameSecret = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** The client named by a `POST /auth` body, or a 401 for missing or wrong credentials. */
export function identifyClient(account: Account, body: unknown): { clientId: string } | Reply {
  const parsed = v.safeParse(CredentialsSchema, body);
  if (!parsed.success) return failure(401, 'client_id and client_secret are required');
  const secret = account.clients.get(parsed.output.client_id);
  if (secret === undefined || !sameSecret(secret, parsed.output.client_secret))
    return failure(401, 'Invalid client credentials');
  return { clientId: parsed.output.client_id };
}

/** `POST /auth`: a fresh token and its validity on the simulated clock. */
export function issueToken({ runtime, clientId }: ApiContext): Reply {
  const { token, validity } = runtime.tokens.issue(
    clientId,
    runtime.clock.now(),
    runtime.tokenTtlMs,
  );
  return json(200, { response: { token, validity } });
}
