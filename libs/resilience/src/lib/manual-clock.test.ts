import { describe, expect, it } from 'vitest';
import { isAbortedError } from './guards.js';
import { createManualClock } from './manual-clock.js';

describe('createManualClock', () => {
  it('wakes sleepers in time order, at their due time, including sleeps set while advancing', async () => {
    const clock = createManualClock(1_000);
    const woke: [string, number][] = [];
    void clock.sleep(300).then(() => woke.push(['b', clock.now()]));
    void clock.sleep(100).then(async () => {
      woke.push(['a', clock.now()]);
      await clock.sleep(100);
      woke.push(['a2', clock.now()]);
    });
    await clock.advance(250);
    expect(woke).toEqual([
      ['a', 1_100],
      ['a2', 1_200],
    ]);
    expect(clock.now()).toBe(1_250);
    expect(clock.pending).toBe(1);
    await clock.advanceTo(1_300);
    expect(woke.at(-1)).toEqual(['b', 1_300]);
    expect(clock.pending).toBe(0);
  });

  it('rejects aborted sleeps, resolves empty ones at once and refuses to go back', async () => {
    const clock = createManualClock();
    const controller = new AbortController();
    const sleeping = clock.sleep(1_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toSatisfy(isAbortedError);
    expect(clock.pending).toBe(0);
    await expect(clock.sleep(0)).resolves.toBeUndefined();
    await expect(clock.advanceTo(-1)).rejects.toThrow(RangeError);
  });
});
