import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../testing.js';
import { isAbortedError, isConfigurationError } from './guards.js';
import type { QuotaWaitEvent } from './quota-gate.js';
import { createQuotaLimiter } from './quota-limiter.js';

const NOON_PARIS = Date.parse('2026-01-15T11:00:00Z'); // day: 60 reads, 10 writes per minute

/** Starts `count` acquires and records when each one is let through. */
function acquireMany(
  limiter: ReturnType<typeof createQuotaLimiter>,
  clock: { now(): number },
  count: number,
  bucket: 'read' | 'write' = 'write',
) {
  const times: number[] = [];
  const all = Promise.all(
    Array.from({ length: count }, () =>
      limiter.acquire(bucket).then(() => times.push(clock.now())),
    ),
  );
  return { times, all };
}

describe('createQuotaLimiter', () => {
  const messages: unknown[] = [];
  const onMessage = (message: unknown): void => void messages.push(message);
  afterEach(() => {
    unsubscribe('resilience:wait', onMessage);
    messages.length = 0;
  });

  it('lets the budget through at once, then wakes each waiter exactly when the oldest call leaves the window', async () => {
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock });
    const { times, all } = acquireMany(limiter, clock, 25);
    await clock.advance(0);
    expect(times).toHaveLength(10);
    await clock.advance(59_999);
    expect(times).toHaveLength(10);
    await clock.advance(1);
    expect(times).toHaveLength(20);
    await clock.advance(60_000);
    await all;
    const expected = [...Array(10).fill(0), ...Array(10).fill(60_000), ...Array(5).fill(120_000)];
    expect(times.map((t) => t - NOON_PARIS)).toEqual(expected);
  });

  it('keeps reads and writes apart', async () => {
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock });
    const writes = acquireMany(limiter, clock, 11, 'write');
    const reads = acquireMany(limiter, clock, 60, 'read');
    await clock.advance(0);
    expect(writes.times).toHaveLength(10);
    expect(reads.times).toHaveLength(60);
    expect(limiter.usage()).toMatchObject({
      window: 'day',
      read: { limit: 60, used: 60, remaining: 0, total: 60, waits: 0, queued: 0 },
      write: { limit: 10, used: 10, remaining: 0, total: 10, waits: 0, queued: 1 },
    });
    await clock.advance(60_000);
    await writes.all;
    expect(limiter.usage().write).toMatchObject({
      used: 1,
      remaining: 9,
      total: 11,
      waits: 1,
      waitedMs: 60_000,
    });
  });

  it('reports each wait to listeners and on resilience:wait, and stops after dispose', async () => {
    subscribe('resilience:wait', onMessage);
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock, day: { reads: 60, writes: 1 } });
    const events: QuotaWaitEvent[] = [];
    const subscription = limiter.onWait((event) => events.push(event));
    const first = acquireMany(limiter, clock, 2);
    await clock.advance(60_000);
    await first.all;
    subscription.dispose();
    const second = acquireMany(limiter, clock, 1);
    await clock.advance(60_000);
    await second.all;
    expect(events).toEqual([{ bucket: 'write', waitedMs: 60_000, reason: 'quota' }]);
    expect(messages).toEqual([...events, { bucket: 'write', waitedMs: 60_000, reason: 'quota' }]);
  });

  it('holds calls during a pause imposed by a 429, for the bucket named or both', async () => {
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock });
    const events: QuotaWaitEvent[] = [];
    limiter.onWait((event) => events.push(event));
    limiter.pause(NOON_PARIS + 30_000, 'write');
    expect(limiter.usage().pausedUntil).toBe(NOON_PARIS + 30_000);
    await limiter.acquire('read');
    const writes = acquireMany(limiter, clock, 2);
    await clock.advance(29_999);
    expect(writes.times).toEqual([]);
    await clock.advance(1);
    expect(writes.times).toEqual([NOON_PARIS + 30_000, NOON_PARIS + 30_000]);
    expect(events.map((e) => e.reason)).toEqual(['retry-after', 'retry-after']);
    expect(limiter.usage().pausedUntil).toBeUndefined();

    limiter.pause(NOON_PARIS + 45_000);
    const read = acquireMany(limiter, clock, 1, 'read');
    await clock.advance(15_000);
    expect(read.times).toEqual([NOON_PARIS + 45_000]);
  });

  it('rejects aborted waiters with AbortedError, serves the others in order and leaves no timer behind', async () => {
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock, day: { reads: 60, writes: 1 } });
    await limiter.acquire('write');
    const controller = new AbortController();
    const aborted = limiter.acquire('write', controller.signal);
    const order: string[] = [];
    const next = limiter.acquire('write').then(() => order.push('next'));
    controller.abort();
    await expect(aborted).rejects.toSatisfy(isAbortedError);
    expect(limiter.usage().write.queued).toBe(1);
    await clock.advance(60_000);
    await next;
    expect(order).toEqual(['next']);

    const lone = new AbortController();
    const waiting = limiter.acquire('write', lone.signal);
    await clock.advance(0);
    expect(clock.pending).toBe(1);
    lone.abort();
    await expect(waiting).rejects.toSatisfy(isAbortedError);
    await clock.advance(0);
    expect(clock.pending).toBe(0);
    await expect(limiter.acquire('write', lone.signal)).rejects.toSatisfy(isAbortedError);
    expect(limiter.usage().write.total).toBe(2);
  });

  it('never waits when disabled, but still counts', async () => {
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock, enabled: false });
    limiter.pause(NOON_PARIS + 60_000);
    for (let i = 0; i < 100; i += 1) await limiter.acquire('write');
    expect(limiter.usage().write).toMatchObject({
      limit: 10,
      used: 100,
      remaining: 0,
      total: 100,
      waits: 0,
    });
  });

  it('follows a shorter rolling window', async () => {
    const clock = createManualClock(NOON_PARIS);
    const limiter = createQuotaLimiter({ clock, windowMs: 1_000 });
    const { times, all } = acquireMany(limiter, clock, 30);
    await clock.advance(2_000);
    await all;
    expect(times.filter((t) => t === NOON_PARIS + 2_000)).toHaveLength(10);
  });

  it.each([
    [{ day: { reads: 60, writes: 0 } }, 'day.writes'],
    [{ night: { reads: 1.5, writes: 50 } }, 'night.reads'],
    [{ windowMs: -1 }, 'windowMs'],
    [{ nightStart: '8pm' }, 'nightStart'],
  ])('fails fast on %o, naming %s', (options, key) => {
    expect(() => createQuotaLimiter(options)).toThrow(expect.objectContaining({ key }));
    expect(() => createQuotaLimiter(options)).toThrow(expect.toSatisfy(isConfigurationError));
  });
});
