import { failure, type Reply } from './http-io.js';
import { limitsAt, type QuotaBucket } from './quota.js';
import type { Runtime } from './runtime.js';

const MESSAGES = {
  missing: 'Missing bearer token',
  unknown: 'Unknown token',
  expired: 'Token expired',
} as const;

const unauthorized = (message: string): Reply =>
  failure(401, message, [], { 'www-authenticate': 'Bearer error="invalid_token"' });

/** The client behind a bearer token, or a 401 (also when the early-expiry fault strikes). */
export function checkToken(
  runtime: Runtime,
  authorization: string | undefined,
): { clientId: string } | Reply {
  const at = runtime.clock.now();
  const check = runtime.tokens.check(authorization, at);
  if (!check.ok) return unauthorized(MESSAGES[check.reason]);
  if (runtime.faults.chance(runtime.faults.options.earlyExpiryRate)) {
    runtime.tokens.expire(authorization, at);
    return unauthorized(MESSAGES.expired);
  }
  return { clientId: check.clientId };
}

/** Counts the call against the client's quota, or answers 429 with `Retry-After` in real seconds. */
export function checkQuota(
  runtime: Runtime,
  clientId: string,
  bucket: QuotaBucket,
): Reply | undefined {
  if (runtime.quota === false) return undefined;
  const at = runtime.clock.now();
  const limits = limitsAt(runtime.quota, at);
  const limit = bucket === 'read' ? limits.reads : limits.writes;
  const waitMs = runtime.quotaCounter.take(`${clientId}\u0000${bucket}`, limit, at);
  if (waitMs === 0) return undefined;
  // The wait is simulated time; a sped-up clock shortens it in real seconds.
  const retryAfter = Math.max(1, Math.ceil(waitMs / runtime.clock.speed / 1000));
  const message = `Quota exceeded: ${limit} ${bucket}s per minute for client ${clientId}`;
  return failure(429, message, [], { 'retry-after': String(retryAfter) });
}
