import { AbortedError } from '@n2f/resilience';

/** A token and the epoch ms at which N2F stops accepting it. */
export interface IssuedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Hands out the shared access token, fetching it lazily and refreshing it before it expires. */
export interface TokenProvider {
  /** The current token, fetched when missing or close to expiry; concurrent callers share one fetch. */
  get(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` after N2F rejected it (a newer token is kept). */
  invalidate(token: string): void;
  /** How many tokens were fetched. */
  readonly fetches: number;
}

/** What the provider needs: how to fetch a token, the safety margin, and the time. */
export interface TokenProviderOptions {
  readonly fetchToken: (signal: AbortSignal) => Promise<IssuedToken>;
  readonly marginMs: number;
  readonly now: () => number;
}

interface Cached extends IssuedToken {
  readonly refreshAt: number;
}

interface Flight {
  readonly promise: Promise<Cached>;
  readonly controller: AbortController;
  waiters: number;
}

/**
 * Creates a single-flight token provider. The token is refreshed `marginMs` before its
 * validity ends (at most half its lifetime early, so a short-lived token is not refetched on
 * every call). The shared fetch is only cancelled when every caller waiting on it has aborted.
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  let cached: Cached | undefined;
  let flight: Flight | undefined;
  let fetches = 0;

  const start = (): Flight => {
    const controller = new AbortController();
    const fetchedAt = options.now();
    fetches += 1;
    const promise = options.fetchToken(controller.signal).then((issued) => {
      const early = Math.min(options.marginMs, Math.max(0, issued.expiresAt - fetchedAt) / 2);
      cached = { ...issued, refreshAt: issued.expiresAt - early };
      return cached;
    });
    const current: Flight = { promise, controller, waiters: 0 };
    // Cleared when settled; a rejection nobody waits for any more is not unhandled.
    const clear = (): void => {
      if (flight === current) flight = undefined;
    };
    promise.then(clear, clear);
    return current;
  };

  return {
    async get(signal) {
      if (cached && options.now() < cached.refreshAt) return cached.token;
      if (signal?.aborted) throw new AbortedError('Waiting for the N2F token was aborted.');
      flight ??= start();
      const current = flight;
      const abandon = (): void => {
        // Nobody waits any more: cancel the fetch, and let the next caller start afresh.
        if (flight === current) flight = undefined;
        current.controller.abort(
          new AbortedError('Every caller waiting for the N2F token aborted.'),
        );
      };
      return (await join(current, signal, abandon)).token;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    get fetches() {
      return fetches;
    },
  };
}

/** Waits for a shared fetch; an aborting waiter leaves, and the last one to leave calls `abandon`. */
function join(
  current: Flight,
  signal: AbortSignal | undefined,
  abandon: () => void,
): Promise<Cached> {
  current.waiters += 1;
  if (!signal) return current.promise;
  return new Promise<Cached>((resolve, reject) => {
    const onAbort = (): void => {
      current.waiters -= 1;
      if (current.waiters === 0) abandon();
      reject(new AbortedError('Waiting for the N2F token was aborted.'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise
      .finally(() => signal.removeEventListener('abort', onAbort))
      .then(resolve, reject);
  });
}
