import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { badRequest, networkDown, tooManyRequests } from '../../test/policy-helpers.js';
import { circuitBreakerPolicy, type BreakerState } from './circuit-breaker-policy.js';
import { isNetworkError } from './guards.js';

const failing = (error: () => Error) => vi.fn(async (): Promise<string> => Promise.reject(error()));

describe('circuitBreakerPolicy', () => {
  const messages: unknown[] = [];
  const onMessage = (message: unknown): void => void messages.push(message);
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    unsubscribe('resilience:breaker', onMessage);
    messages.length = 0;
  });

  it('opens after `threshold` consecutive transient failures, fails fast, then half-opens and closes', async () => {
    subscribe('resilience:breaker', onMessage);
    const breaker = circuitBreakerPolicy({ name: 'n2f', threshold: 3, halfOpenAfterMs: 10_000 });
    const states: BreakerState[] = [];
    breaker.onStateChange((state) => states.push(state));
    const down = failing(networkDown);
    for (let i = 0; i < 3; i += 1)
      await expect(breaker.execute(down)).rejects.toSatisfy(isNetworkError);
    expect(breaker.state).toBe('open');

    const ok = vi.fn(async () => 'ok');
    const open = await breaker.execute(ok).catch((error: unknown) => error);
    expect(open).toMatchObject({ name: 'CircuitOpenError', code: 'CIRCUIT_OPEN', transient: true });
    expect((open as Error).cause).toSatisfy(isNetworkError);
    expect(ok).not.toHaveBeenCalled();

    vi.advanceTimersByTime(10_000);
    await expect(breaker.execute(ok)).resolves.toBe('ok');
    expect(states).toEqual(['open', 'half-open', 'closed']);
    expect(messages).toEqual(states.map((state) => ({ policy: 'n2f', state })));
  });

  it('opens again when the trial call fails', async () => {
    const breaker = circuitBreakerPolicy({ threshold: 1, halfOpenAfterMs: 1_000 });
    await expect(breaker.execute(failing(networkDown))).rejects.toSatisfy(isNetworkError);
    vi.advanceTimersByTime(1_000);
    await expect(breaker.execute(failing(networkDown))).rejects.toSatisfy(isNetworkError);
    expect(breaker.state).toBe('open');
    await expect(breaker.execute(async () => 'ok')).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
  });

  it('ignores refusals (4xx) and 429s: the service is up', async () => {
    const breaker = circuitBreakerPolicy({ threshold: 2 });
    for (const error of [
      badRequest,
      badRequest,
      () => tooManyRequests(1_000),
      () => tooManyRequests(1_000),
    ]) {
      await expect(breaker.execute(failing(error))).rejects.toBeInstanceOf(Error);
    }
    expect(breaker.state).toBe('closed');
    await expect(breaker.execute(async () => 'ok')).resolves.toBe('ok');
  });
});
