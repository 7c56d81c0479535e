import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  badRequest,
  networkDown,
  scripted,
  settle,
  tooManyRequests,
} from '../../test/policy-helpers.js';
import { createManualClock } from '../testing.js';
import type { Backoff } from './backoff.js';
import { CircuitOpenError, ValidationError } from './errors.js';
import { isAbortedError, isConfigurationError, isRateLimitError } from './guards.js';
import { retryPolicy, type GiveUpEvent, type RetryEvent } from './retry-policy.js';

describe('retryPolicy', () => {
  const messages: [string, unknown][] = [];
  const onRetry = (message: unknown): void => void messages.push(['retry', message]);
  const onGiveUp = (message: unknown): void => void messages.push(['giveup', message]);
  afterEach(() => {
    unsubscribe('resilience:retry', onRetry);
    unsubscribe('resilience:giveup', onGiveUp);
    messages.length = 0;
    vi.restoreAllMocks();
  });

  it.each<[Backoff, number[]]>([
    ['exponential', [1_000, 2_000, 4_000, 5_000]],
    ['linear', [1_000, 2_000, 3_000, 4_000]],
    ['constant', [1_000, 1_000, 1_000, 1_000]],
  ])('%s back-off waits %o between the 5 attempts, then rethrows', async (backoff, delays) => {
    const clock = createManualClock();
    const policy = retryPolicy({
      maxAttempts: 5,
      backoff,
      initialDelayMs: 1_000,
      maxDelayMs: 5_000,
      clock,
    });
    const events: RetryEvent[] = [];
    policy.onRetry((event) => events.push(event));
    const { fn, calls } = scripted(clock.now, [networkDown()]);
    const outcome = await settle(policy.execute(fn), clock);
    expect(outcome).toEqual({ error: expect.objectContaining({ code: 'NETWORK_ERROR' }) });
    expect(calls.slice(1).map((t, i) => t - (calls[i] ?? 0))).toEqual(delays);
    expect(events.map((e) => [e.attempt, e.delayMs, e.reason])).toEqual(
      delays.map((d, i) => [i + 1, d, 'backoff']),
    );
  });

  it('decorrelated jitter draws random delays within the cap', async () => {
    const delaysWith = async (random: number): Promise<number[]> => {
      vi.spyOn(Math, 'random').mockReturnValue(random);
      const clock = createManualClock();
      const policy = retryPolicy({
        maxAttempts: 8,
        backoff: 'decorrelated-jitter',
        initialDelayMs: 1_000,
        maxDelayMs: 20_000,
        clock,
      });
      const { fn, calls } = scripted(clock.now, [networkDown()]);
      await settle(policy.execute(fn), clock);
      return calls.slice(1).map((t, i) => t - (calls[i] ?? 0));
    };
    const low = await delaysWith(0.05);
    const high = await delaysWith(0.95);
    expect(low).toHaveLength(7);
    expect(low).not.toEqual(high);
    for (const delay of [...low, ...high]) expect(delay).toBeGreaterThan(0);
    for (const delay of [...low, ...high]) expect(delay).toBeLessThanOrEqual(20_000);
    expect(high.at(-1)).toBe(20_000);
  });

  it.each([
    ['an API 400', badRequest()],
    [
      'a validation error',
      new ValidationError('is empty', { entity: 'user', field: 'mail', fix: 'fill it' }),
    ],
    ['a plain Error (passed through unchanged)', new TypeError('bug')],
  ])('calls once and rethrows %s', async (_label, error) => {
    const clock = createManualClock();
    const { fn, calls } = scripted(clock.now, [error]);
    await expect(retryPolicy({ clock }).execute(fn)).rejects.toBe(error);
    expect(calls).toHaveLength(1);
  });

  it('waits a 429 Retry-After without spending an attempt, and says so on the channels', async () => {
    subscribe('resilience:retry', onRetry);
    subscribe('resilience:giveup', onGiveUp);
    const clock = createManualClock();
    const policy = retryPolicy({ name: 'n2f', maxAttempts: 2, initialDelayMs: 500, clock });
    const { fn, calls } = scripted(clock.now, [
      tooManyRequests(7_000),
      tooManyRequests(7_000),
      networkDown(),
      networkDown(),
    ]);
    const outcome = await settle(policy.execute(fn), clock);
    expect(outcome).toEqual({ error: expect.objectContaining({ code: 'NETWORK_ERROR' }) });
    expect(calls).toEqual([0, 7_000, 14_000, 14_500]);
    expect(messages).toEqual([
      ['retry', { policy: 'n2f', attempt: 1, delayMs: 7_000, errorCode: 'RATE_LIMITED' }],
      ['retry', { policy: 'n2f', attempt: 2, delayMs: 7_000, errorCode: 'RATE_LIMITED' }],
      ['retry', { policy: 'n2f', attempt: 3, delayMs: 500, errorCode: 'NETWORK_ERROR' }],
      ['giveup', { policy: 'n2f', attempts: 4, errorCode: 'NETWORK_ERROR' }],
    ]);
  });

  it('succeeds after 429s even with a single attempt allowed, and passes the attempt number', async () => {
    const clock = createManualClock();
    const seen: number[] = [];
    let calls = 0;
    const promise = retryPolicy({ maxAttempts: 1, clock }).execute(async ({ attempt, signal }) => {
      seen.push(attempt);
      expect(signal).toBeInstanceOf(AbortSignal);
      calls += 1;
      if (calls < 4) throw tooManyRequests(1_000);
      return 'ok';
    });
    expect(await settle(promise, clock)).toEqual({ value: 'ok' });
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('bounds a 429 storm: gives up with the RateLimitError after maxRateLimitWaits, or at once on a huge Retry-After', async () => {
    const clock = createManualClock();
    const giveUps: GiveUpEvent[] = [];
    const policy = retryPolicy({ maxRateLimitWaits: 3, maxRetryAfterMs: 60_000, clock });
    policy.onGiveUp((event) => giveUps.push(event));
    const storm = scripted(clock.now, [tooManyRequests(1_000)]);
    expect(await settle(policy.execute(storm.fn), clock)).toEqual({
      error: expect.toSatisfy(isRateLimitError),
    });
    expect(storm.calls).toHaveLength(4);
    const huge = scripted(clock.now, [tooManyRequests(3_600_000)]);
    expect(await settle(policy.execute(huge.fn), clock)).toEqual({
      error: expect.toSatisfy(isRateLimitError),
    });
    expect(huge.calls).toHaveLength(1);
    expect(giveUps.map((e) => e.attempts)).toEqual([4, 1]);
  });

  it('gives up at once on a CircuitOpenError: the open circuit says when to try again', async () => {
    const clock = createManualClock();
    const giveUps: GiveUpEvent[] = [];
    const policy = retryPolicy({ maxAttempts: 4, clock });
    policy.onGiveUp((event) => giveUps.push(event));
    const open = new CircuitOpenError('N2F unreachable since 14:03:07', new Date(0));
    const { fn, calls } = scripted(clock.now, [networkDown(), open]);
    expect(await settle(policy.execute(fn), clock)).toEqual({ error: open });
    expect(calls).toEqual([0, 1_000]);
    expect(giveUps.map((e) => [e.attempts, e.error.code])).toEqual([[2, 'CIRCUIT_OPEN']]);
  });

  it('stops at once with AbortedError when aborted during a wait, and never calls again', async () => {
    const clock = createManualClock();
    const controller = new AbortController();
    const { fn, calls } = scripted(clock.now, [networkDown()]);
    const promise = retryPolicy({ initialDelayMs: 10_000, clock }).execute(fn, controller.signal);
    await clock.advance(1_000);
    controller.abort();
    await expect(promise).rejects.toSatisfy(isAbortedError);
    await clock.advance(60_000);
    expect(calls).toEqual([0]);
    expect(clock.pending).toBe(0);
    await expect(retryPolicy({ clock }).execute(fn, controller.signal)).rejects.toSatisfy(
      isAbortedError,
    );
  });

  it.each([
    [{ maxAttempts: 0 }, 'maxAttempts'],
    [{ backoff: 'fibonacci' as Backoff }, 'backoff'],
    [{ initialDelayMs: 5_000, maxDelayMs: 1_000 }, 'maxDelayMs'],
    [{ maxRateLimitWaits: -1 }, 'maxRateLimitWaits'],
  ])('fails fast on %o, naming %s', (options, key) => {
    expect(() => retryPolicy(options)).toThrow(expect.objectContaining({ key }));
    expect(() => retryPolicy(options)).toThrow(expect.toSatisfy(isConfigurationError));
  });
});
