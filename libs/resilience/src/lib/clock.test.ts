import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock.js';
import { isAbortedError } from './guards.js';

describe('systemClock', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-01-15T12:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('tells the time and sleeps for the asked duration', async () => {
    expect(systemClock.now()).toBe(Date.parse('2026-01-15T12:00:00Z'));
    let woke = false;
    const sleeping = systemClock.sleep(1_000).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(woke).toBe(true);
  });

  it('rejects with AbortedError when aborted, before or during the sleep, and clears its timer', async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(sleeping).rejects.toSatisfy(isAbortedError);
    expect(vi.getTimerCount()).toBe(0);
    await expect(systemClock.sleep(10, controller.signal)).rejects.toSatisfy(isAbortedError);
  });
});
