import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  badRequest,
  networkDown,
  noAnswer,
  serverError,
  tooManyRequests,
} from '../../test/policy-helpers.js';
import { circuitBreakerPolicy, type BreakerState } from './circuit-breaker-policy.js';
import type { CircuitOpenError } from './errors.js';
import { isCircuitOpenError, isNetworkError } from './guards.js';

const failing = (error: () => Error) => vi.fn(async (): Promise<string> => Promise.reject(error()));
const ok = async (): Promise<string> => 'ok';
const refusal = (promise: Promise<unknown>): Promise<CircuitOpenError> =>
  promise.then(
    () => expect.fail('the call went through'),
    (error: unknown) => {
      expect(error).toSatisfy(isCircuitOpenError);
      return error as CircuitOpenError;
    },
  );

describe('circuitBreakerPolicy', () => {
  const messages: unknown[] = [];
  const onMessage = (message: unknown): void => void messages.push(message);
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 7, 14, 3, 7));
  });
  afterEach(() => {
    vi.useRealTimers();
    unsubscribe('resilience:breaker', onMessage);
    messages.length = 0;
  });

  it('opens after `threshold` connection failures in a row, fails fast, then half-opens and closes', async () => {
    subscribe('resilience:breaker', onMessage);
    const breaker = circuitBreakerPolicy({ name: 'n2f', threshold: 3, halfOpenAfterMs: 10_000 });
    const states: BreakerState[] = [];
    breaker.onStateChange((state) => states.push(state));
    await expect(breaker.execute(failing(networkDown))).rejects.toSatisfy(isNetworkError);
    vi.advanceTimersByTime(2_000);
    await expect(breaker.execute(failing(noAnswer))).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(breaker.execute(failing(networkDown))).rejects.toSatisfy(isNetworkError);
    expect(breaker.state).toBe('open');

    const skipped = vi.fn(ok);
    const open = await refusal(breaker.execute(skipped));
    expect(open).toMatchObject({ code: 'CIRCUIT_OPEN', transient: true });
    expect(open.cause).toSatisfy(isNetworkError);
    expect(skipped).not.toHaveBeenCalled();

    vi.advanceTimersByTime(10_000);
    await expect(breaker.execute(ok)).resolves.toBe('ok');
    expect(states).toEqual(['open', 'half-open', 'closed']);
    expect(messages).toEqual(states.map((state) => ({ policy: 'n2f', state })));
  });

  it('says what is unreachable since when (the first failure in a row), until when, and the fix', async () => {
    const fix = 'check N2F_BASE_URL';
    const breaker = circuitBreakerPolicy({
      target: 'N2F',
      fix,
      threshold: 2,
      halfOpenAfterMs: 30_000,
    });
    await expect(breaker.execute(failing(networkDown))).rejects.toThrow();
    vi.advanceTimersByTime(5_000);
    await expect(breaker.execute(failing(networkDown))).rejects.toThrow();
    const open = await refusal(breaker.execute(ok));
    expect(open.message).toBe(
      'N2F unreachable since 14:03:07 (2 connection failures in a row; last: socket hang up); ' +
        'calls fail at once until a trial call at 14:03:42. Fix: check N2F_BASE_URL',
    );
    expect(open.since).toEqual(new Date(2026, 11, 7, 14, 3, 7));
    expect(open.toJSON().context).toMatchObject({ target: 'N2F', since: open.since.toISOString() });
  });

  it('opens again when the trial call fails, keeping the time the outage began', async () => {
    const breaker = circuitBreakerPolicy({ threshold: 1, halfOpenAfterMs: 1_000 });
    await expect(breaker.execute(failing(networkDown))).rejects.toSatisfy(isNetworkError);
    const first = await refusal(breaker.execute(ok));
    vi.advanceTimersByTime(1_000);
    await expect(breaker.execute(failing(networkDown))).rejects.toSatisfy(isNetworkError);
    expect(breaker.state).toBe('open');
    const second = await refusal(breaker.execute(ok));
    expect(second.since).toEqual(first.since);
    expect(second.message).toContain('until a trial call at 14:03:09');
  });

  it('counts only failures to reach the service: any answer (4xx, 5xx, 429) restarts the count', async () => {
    const breaker = circuitBreakerPolicy({ threshold: 2 });
    for (const error of [
      networkDown,
      badRequest,
      noAnswer,
      serverError,
      networkDown,
      () => tooManyRequests(1_000),
      noAnswer,
      serverError,
      serverError,
    ]) {
      await expect(breaker.execute(failing(error))).rejects.toBeInstanceOf(Error);
    }
    expect(breaker.state).toBe('closed');
    await expect(breaker.execute(ok)).resolves.toBe('ok');
  });

  it('throwIfOpen refuses while the circuit is open, and lets the trial call be made once it is due', async () => {
    const breaker = circuitBreakerPolicy({ threshold: 1, halfOpenAfterMs: 1_000 });
    expect(() => breaker.throwIfOpen()).not.toThrow();
    await expect(breaker.execute(failing(networkDown))).rejects.toThrow();
    expect(() => breaker.throwIfOpen()).toThrow(expect.toSatisfy(isCircuitOpenError));
    vi.advanceTimersByTime(1_000);
    expect(() => breaker.throwIfOpen()).not.toThrow();
    await expect(breaker.execute(ok)).resolves.toBe('ok');
  });
});
