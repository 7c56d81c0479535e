import type { LabelSet } from './labels.js';
import type { MemorySummary } from './memory-stats.js';
import type { MemoryFigures } from './snapshot-types.js';
import type { HistogramSample, Sample } from './types.js';

type Labels = LabelSet<string>;
type Filter = (labels: Labels) => boolean;
const all: Filter = () => true;

/** Rounds to `digits` decimals. */
export const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** `part / whole` rounded to 4 decimals, or null when `whole` is 0. */
export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : round(part / whole, 4);

/** Sum of the samples that pass `filter`. */
export function total(samples: readonly Sample<string>[], filter: Filter = all): number {
  return samples.reduce((sum, { labels, value }) => (filter(labels) ? sum + value : sum), 0);
}

/** Sums of the samples that pass `filter`, grouped by `keyOf(labels)`. */
export function tally(
  samples: readonly Sample<string>[],
  keyOf: (labels: Labels) => string,
  filter: Filter = all,
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const { labels, value } of samples) {
    if (!filter(labels)) continue;
    const key = keyOf(labels);
    result[key] = (result[key] ?? 0) + value;
  }
  return result;
}

/** Sum and count of the histogram series that pass `filter`. */
export function observed(
  samples: readonly HistogramSample<string>[],
  filter: Filter = all,
): { sum: number; count: number } {
  return samples.reduce(
    (acc, s) => (filter(s.labels) ? { sum: acc.sum + s.sum, count: acc.count + s.count } : acc),
    { sum: 0, count: 0 },
  );
}

/** Memory in MB, as the snapshot shows it. */
export function memoryFigures(memory: MemorySummary): MemoryFigures {
  const mb = (bytes: number): number => round(bytes / 2 ** 20, 1);
  return {
    peak_rss_mb: mb(memory.peakRss),
    average_rss_mb: mb(memory.meanRss),
    peak_heap_mb: mb(memory.peakHeap),
    average_heap_mb: mb(memory.meanHeap),
    samples: memory.samples,
  };
}
