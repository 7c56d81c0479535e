import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRegistry } from './registry.js';

describe('registry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts per label set and refuses to decrease', () => {
    const calls = createRegistry().counter('calls_total', 'Calls.', ['method', 'status']);
    calls.inc({ method: 'GET', status: 200 });
    calls.inc({ method: 'GET', status: 200 }, 2);
    calls.inc({ method: 'POST', status: '201' });
    expect(calls.get({ method: 'GET', status: 200 })).toBe(3);
    expect(calls.get({ method: 'PUT', status: 200 })).toBe(0);
    expect(calls.samples()).toEqual([
      { labels: { method: 'GET', status: '200' }, value: 3 },
      { labels: { method: 'POST', status: '201' }, value: 1 },
    ]);
    expect(() => calls.inc({ method: 'GET', status: 200 }, -1)).toThrow(RangeError);
    expect(() => calls.inc({ method: 'GET', status: 200 }, Number.NaN)).toThrow(RangeError);
  });

  it('checks label names and values', () => {
    const registry = createRegistry();
    const c = registry.counter('c_total', 'C.', ['a']);
    expect(() => c.inc({} as never)).toThrow(/missing label 'a'/);
    expect(() => c.inc({ a: 'x', b: 'y' } as never)).toThrow(/no label 'b'/);
    expect(() => registry.counter('bad-name', 'x')).toThrow(TypeError);
    expect(() => registry.gauge('g', 'x', ['__reserved'])).toThrow(TypeError);
    expect(() => registry.histogram('h', 'x', ['le'])).toThrow(TypeError);
    expect(() => registry.counter('d_total', 'x', ['a', 'a'])).toThrow(TypeError);
  });

  it('returns the same family for the same name and refuses a conflicting one', () => {
    const registry = createRegistry();
    const first = registry.counter('x_total', 'X.', ['a']);
    expect(registry.counter('x_total', 'X.', ['a'])).toBe(first);
    expect(() => registry.gauge('x_total', 'X.', ['a'])).toThrow(/already registered/);
    expect(() => registry.counter('x_total', 'X.', ['b'])).toThrow(/already registered/);
    expect(registry.metrics()).toEqual([first]);
  });

  it('sets and moves gauges', () => {
    const gauge = createRegistry().gauge('g', 'G.');
    gauge.set({}, 5);
    gauge.inc({}, -2);
    expect(gauge.get({})).toBe(3);
  });

  it('fills cumulative histogram buckets with sum and count', () => {
    const histogram = createRegistry().histogram('h_seconds', 'H.', ['route'], {
      buckets: [0.1, 1],
    });
    for (const value of [0.05, 0.1, 0.5, 3]) histogram.observe({ route: '/a' }, value);
    expect(histogram.get({ route: '/a' })).toEqual({
      labels: { route: '/a' },
      buckets: [
        { le: 0.1, count: 2 },
        { le: 1, count: 3 },
        { le: Infinity, count: 4 },
      ],
      sum: 3.65,
      count: 4,
    });
    expect(() => createRegistry().histogram('b', 'B.', [], { buckets: [1, 1] })).toThrow(
      RangeError,
    );
  });

  it('times into a histogram in seconds', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const histogram = createRegistry().histogram('t_seconds', 'T.', ['step'], { buckets: [1, 2] });
    const stop = histogram.startTimer({ step: 'load' });
    vi.advanceTimersByTime(1_500);
    expect(stop()).toBeCloseTo(1.5, 3);
    expect(histogram.get({ step: 'load' })?.buckets.map((b) => b.count)).toEqual([0, 1, 1]);
  });

  it('forgets series on reset but keeps the families', () => {
    const registry = createRegistry();
    const c = registry.counter('c_total', 'C.');
    c.inc({});
    registry.reset();
    expect(c.samples()).toEqual([]);
    expect(registry.metrics()).toHaveLength(1);
  });
});
