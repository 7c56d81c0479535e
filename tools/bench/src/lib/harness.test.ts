import { describe, expect, it } from 'vitest';
import { formatFigure, meetsTarget, median, withPeakMemory } from './harness.js';

describe('bench harness', () => {
  it('checks targets in both directions', () => {
    expect(meetsTarget({ name: 'rate', value: 3100, unit: 'req/s', target: { op: '>=', value: 3000 } })).toBe(true);
    expect(meetsTarget({ name: 'rss', value: 320, unit: 'MB', target: { op: '<=', value: 300 } })).toBe(false);
    expect(meetsTarget({ name: 'calls', value: 1, unit: '' })).toBe(true);
  });

  it('prints the verdict next to the figure', () => {
    const line = formatFigure({ name: 'rss', value: 320.5, unit: 'MB', target: { op: '<=', value: 300 } });
    expect(line).toContain('320.50');
    expect(line).toContain('MISSED');
  });

  it('computes medians of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('reports peak memory of the work it wraps', async () => {
    const { result, peakRssMb } = await withPeakMemory(async () => 42);
    expect(result).toBe(42);
    expect(peakRssMb).toBeGreaterThan(10);
  });
});
