import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { networkDown } from '../../test/policy-helpers.js';
import { DatabaseError } from './errors.js';
import { isDatabaseError, isNetworkError, isTimeoutError } from './guards.js';
import { composePolicies } from './policy.js';
import { apiPolicy, databasePolicy } from './presets.js';
import { retryPolicy } from './retry-policy.js';
import { timeoutPolicy } from './timeout-policy.js';

const never = (): Promise<never> => new Promise<never>(() => undefined);

/** A function that records when it is called and with which attempt, then does `then`. */
function recorder<T>(then: (attempt: number) => Promise<T>) {
  const calls: [number, number][] = [];
  const start = Date.now();
  const fn = ({ attempt }: { attempt: number }): Promise<T> => {
    calls.push([Date.now() - start, attempt]);
    return then(attempt);
  };
  return { fn, calls };
}

describe('composePolicies and presets', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('runs outermost first: retry over timeout gives each attempt its own time', async () => {
    const policy = composePolicies(
      retryPolicy({ backoff: 'constant', initialDelayMs: 1_000 }),
      timeoutPolicy(5_000),
    );
    expect(policy.name).toBe('retry>timeout');
    const { fn, calls } = recorder((attempt) => (attempt === 1 ? never() : Promise.resolve('ok')));
    const promise = policy.execute(fn);
    await vi.advanceTimersByTimeAsync(6_000);
    await expect(promise).resolves.toBe('ok');
    expect(calls).toEqual([
      [0, 1],
      [6_000, 2],
    ]);
  });

  it('timeout over retry bounds all attempts together', async () => {
    const policy = composePolicies(
      timeoutPolicy(2_500),
      retryPolicy({ maxAttempts: 10, backoff: 'constant', initialDelayMs: 1_000 }),
    );
    const { fn, calls } = recorder(() => Promise.reject(networkDown()));
    const outcome = expect(policy.execute(fn)).rejects.toSatisfy(isTimeoutError);
    await vi.advanceTimersByTimeAsync(2_500);
    await outcome;
    expect(calls.map(([at]) => at)).toEqual([0, 1_000, 2_000]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('apiPolicy: 4 attempts, 30 s each, 1 s, 2 s and 4 s apart', async () => {
    const { fn, calls } = recorder(never);
    const outcome = expect(apiPolicy().execute(fn)).rejects.toSatisfy(isTimeoutError);
    await vi.advanceTimersByTimeAsync(127_000);
    await outcome;
    expect(calls).toEqual([
      [0, 1],
      [31_000, 2],
      [63_000, 3],
      [97_000, 4],
    ]);
  });

  it('databasePolicy: 3 attempts, 1 s and 2 s apart, and a refused login is not retried', async () => {
    const unreachable = recorder(() =>
      Promise.reject(
        new DatabaseError('server not found', { code: 'DATABASE_UNREACHABLE', transient: true }),
      ),
    );
    const outcome = expect(databasePolicy().execute(unreachable.fn)).rejects.toSatisfy(
      isDatabaseError,
    );
    await vi.advanceTimersByTimeAsync(3_000);
    await outcome;
    expect(unreachable.calls.map(([at]) => at)).toEqual([0, 1_000, 3_000]);

    const refused = recorder(() =>
      Promise.reject(
        new DatabaseError('Login failed', {
          code: 'DATABASE_LOGIN_FAILED',
          number: 18456,
          transient: false,
        }),
      ),
    );
    await expect(databasePolicy().execute(refused.fn)).rejects.toMatchObject({ number: 18456 });
    expect(refused.calls).toHaveLength(1);
  });

  it('presets take overrides and expose the retry events', async () => {
    const policy = apiPolicy({ name: 'n2f', maxAttempts: 2, initialDelayMs: 10, timeoutMs: 100 });
    const retried: number[] = [];
    policy.onRetry((event) => retried.push(event.delayMs));
    const outcome = expect(policy.execute(() => Promise.reject(networkDown()))).rejects.toSatisfy(
      isNetworkError,
    );
    await vi.advanceTimersByTimeAsync(10);
    await outcome;
    expect(policy.name).toBe('n2f');
    expect(retried).toEqual([10]);
  });
});
