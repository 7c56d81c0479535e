import { isAbortedError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { createTokenProvider, type IssuedToken, type TokenProvider } from './token-provider.js';

/** A token source whose answers the test releases by hand. */
function manualSource(): {
  fetchToken: (signal: AbortSignal) => Promise<IssuedToken>;
  release: (issued: IssuedToken) => void;
  signals: AbortSignal[];
} {
  const pending: ((issued: IssuedToken) => void)[] = [];
  const signals: AbortSignal[] = [];
  return {
    signals,
    fetchToken: (signal) => {
      signals.push(signal);
      return new Promise((resolve) => pending.push(resolve));
    },
    release: (issued) => pending.shift()?.(issued),
  };
}

/** A provider whose tokens live `lifetimeMs` on a clock the test sets through `at(ms)`. */
function timedProvider(lifetimeMs: number): { tokens: TokenProvider; at: (ms: number) => void } {
  let now = 0;
  let n = 0;
  const tokens = createTokenProvider({
    fetchToken: () => Promise.resolve({ token: `t${++n}`, expiresAt: now + lifetimeMs }),
    marginMs: 60_000,
    now: () => now,
  });
  return { tokens, at: (ms) => (now = ms) };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('token provider', () => {
  it('shares one fetch between concurrent callers and reuses the token', async () => {
    const source = manualSource();
    const tokens = createTokenProvider({ ...source, marginMs: 60_000, now: () => 0 });
    const callers = Promise.all([tokens.get(), tokens.get(), tokens.get()]);
    source.release({ token: 't1', expiresAt: 3_600_000 });
    expect(await callers).toEqual(['t1', 't1', 't1']);
    expect(await tokens.get()).toBe('t1');
    expect(tokens.fetches).toBe(1);
  });

  it('refreshes a margin before the validity ends', async () => {
    const { tokens, at } = timedProvider(3_600_000);
    expect(await tokens.get()).toBe('t1');
    at(3_540_000 - 1);
    expect(await tokens.get()).toBe('t1');
    at(3_540_000);
    expect(await tokens.get()).toBe('t2');
  });

  it('refreshes a short-lived token at half its life, not on every call', async () => {
    const { tokens, at } = timedProvider(10_000);
    await tokens.get();
    at(4_999);
    expect(await tokens.get()).toBe('t1');
    at(5_000);
    expect(await tokens.get()).toBe('t2');
  });

  it('fetches again after the current token is invalidated, but not for an older one', async () => {
    let n = 0;
    const tokens = createTokenProvider({
      fetchToken: () => Promise.resolve({ token: `t${++n}`, expiresAt: 3_600_000 }),
      marginMs: 60_000,
      now: () => 0,
    });
    const first = await tokens.get();
    tokens.invalidate(first);
    const [a, b] = await Promise.all([tokens.get(), tokens.get()]);
    expect([a, b]).toEqual(['t2', 't2']);
    tokens.invalidate(first);
    expect(await tokens.get()).toBe('t2');
    expect(tokens.fetches).toBe(2);
  });

  it('cancels the shared fetch only when every waiter aborted', async () => {
    const source = manualSource();
    const tokens = createTokenProvider({ ...source, marginMs: 0, now: () => 0 });
    const one = new AbortController();
    const two = new AbortController();
    const first = tokens.get(one.signal).catch((error: unknown) => error);
    const second = tokens.get(two.signal).catch((error: unknown) => error);
    await tick();
    one.abort();
    expect(isAbortedError(await first)).toBe(true);
    expect(source.signals[0]?.aborted).toBe(false);
    two.abort();
    expect(isAbortedError(await second)).toBe(true);
    expect(source.signals[0]?.aborted).toBe(true);
    const third = tokens.get();
    source.release({ token: 'late', expiresAt: 1 });
    source.release({ token: 't2', expiresAt: 3_600_000 });
    expect(await third).toBe('t2');
  });
});
