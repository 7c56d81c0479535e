import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '../config/token-rules.js';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether the request carries `Authorization: Bearer <token>`. Both sides are hashed first, so
 * the comparison takes the same time whatever the length or the first wrong character.
 */
export function hasBearerToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const given = digest(match?.[1] ?? '');
  return timingSafeEqual(given, digest(token)) && match !== null;
}

/** Why a request may not reach a protected route: the answer to send. */
export interface Denial {
  readonly status: 401 | 403;
  readonly error: 'unauthorized' | 'forbidden-host';
  readonly message: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Decides whether a request may reach a protected route; `what` names it (`GET /runs`). */
export type AccessCheck = (req: IncomingMessage, what: string) => Denial | undefined;

/**
 * The rule of the protected routes. With a token: `Authorization: Bearer <token>` (a header, never a
 * cookie, so another site cannot borrow it). Without one (loopback only): requests must name a
 * loopback host, so a web page whose DNS name was re-pointed at 127.0.0.1 gets nothing.
 * @example const access = createAccessCheck(config.token?.reveal());
 */
export function createAccessCheck(token: string | undefined): AccessCheck {
  if (token === undefined) {
    return (req, what) => {
      const host = URL.parse(`http://${req.headers.host ?? ''}`)?.hostname ?? '';
      if (isLoopbackHost(host)) return undefined;
      return {
        status: 403,
        error: 'forbidden-host',
        message: `${what}: without SYNC_SERVICE_TOKEN this service answers only requests to localhost or 127.0.0.1 (got host "${host}"); set SYNC_SERVICE_TOKEN to serve other names`,
        headers: {},
      };
    };
  }
  return (req, what) =>
    hasBearerToken(req, token)
      ? undefined
      : {
          status: 401,
          error: 'unauthorized',
          message: `${what} needs the service token: send "Authorization: Bearer <SYNC_SERVICE_TOKEN>"${req.headers.authorization ? ' (the one sent was refused)' : ''}`,
          headers: { 'www-authenticate': 'Bearer realm="n2f-sync-service"' },
        };
}
