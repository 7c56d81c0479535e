import { randomBytes } from 'node:crypto';

/** A token as `POST /auth` returns it. */
export interface IssuedToken {
  readonly token: string;
  readonly validity: string;
}

/** What a bearer token stands for: its client, or why it is refused. */
export type TokenCheck =
  { ok: true; clientId: string } | { ok: false; reason: 'missing' | 'unknown' | 'expired' };

/** N2F's form of an instant: seven fractional digits and `Z`, e.g. `2025-08-20T09:54:35.8185075Z`. */
export function n2fInstant(at: number): string {
  return new Date(at).toISOString().replace('Z', '0000Z');
}

const bearer = (authorization: string | undefined): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];

/** Bearer tokens with a lifetime on the simulated clock. */
export class TokenStore {
  readonly #tokens = new Map<string, { clientId: string; expiresAt: number }>();

  issue(clientId: string, at: number, ttlMs: number): IssuedToken {
    if (this.#tokens.size >= 1_000) this.#purge(at);
    const token = randomBytes(24).toString('base64url');
    const expiresAt = at + ttlMs;
    this.#tokens.set(token, { clientId, expiresAt });
    return { token, validity: n2fInstant(expiresAt) };
  }

  /** Checks an `Authorization` header value at simulated time `at`. */
  check(authorization: string | undefined, at: number): TokenCheck {
    const token = bearer(authorization);
    if (!token) return { ok: false, reason: 'missing' };
    const entry = this.#tokens.get(token);
    if (!entry) return { ok: false, reason: 'unknown' };
    if (entry.expiresAt <= at) {
      this.#tokens.delete(token);
      return { ok: false, reason: 'expired' };
    }
    return { ok: true, clientId: entry.clientId };
  }

  /** Ends a token at `at`, before its time (the "tokens expiring early" fault). */
  expire(authorization: string | undefined, at: number): void {
    const entry = this.#tokens.get(bearer(authorization) ?? '');
    if (entry) entry.expiresAt = Math.min(entry.expiresAt, at);
  }

  #purge(at: number): void {
    for (const [token, entry] of this.#tokens)
      if (entry.expiresAt <= at) this.#tokens.delete(token);
  }
}
