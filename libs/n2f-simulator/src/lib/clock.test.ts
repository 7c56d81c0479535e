import { describe, expect, it } from 'vitest';
import { createClock } from './clock.js';

describe('createClock', () => {
  it('starts at the given instant and runs at the given speed', async () => {
    const clock = createClock({ now: '2025-01-01T00:00:00Z', speed: 1000 });
    const started = Date.parse('2025-01-01T00:00:00Z');
    expect(clock.now()).toBeGreaterThanOrEqual(started);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now() - started).toBeGreaterThanOrEqual(15_000);
    expect(clock.snapshot().speed).toBe(1000);
  });

  it('keeps time continuous when only the speed changes', () => {
    const clock = createClock({ now: '2025-01-01T00:00:00Z', speed: 0.000_001 });
    clock.set({ speed: 2 });
    expect(clock.now()).toBeLessThan(Date.parse('2025-01-01T00:00:10Z'));
    expect(clock.speed).toBe(2);
  });

  it('refuses a bad instant or speed, naming the option', () => {
    expect(() => createClock({ now: 'yesterday' })).toThrow(/clock\.now/);
    expect(() => createClock({ speed: -1 })).toThrow(/clock\.speed/);
  });
});
