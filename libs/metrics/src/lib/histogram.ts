import { checkFinite, createSeriesMap, type Resettable } from './series-map.js';
import type { Histogram, HistogramSample, MetricFamily } from './types.js';
import type { LabelSet } from './labels.js';

/** Default buckets in seconds, from 5 ms to 60 s: API calls, queries and operations. */
export const DEFAULT_BUCKETS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
];

/** Throws a `RangeError` unless the bounds are finite, ascending and distinct. */
export function checkBuckets(metric: string, buckets: readonly number[]): readonly number[] {
  const ok =
    buckets.length > 0 &&
    buckets.every((b, i) => Number.isFinite(b) && (i === 0 || b > (buckets[i - 1] ?? b)));
  if (!ok)
    throw new RangeError(`histogram '${metric}' buckets must be finite, ascending and distinct`);
  return [...buckets];
}

interface State {
  readonly counts: number[];
  sum: number;
  count: number;
}

function toSample<L extends string>(
  bounds: readonly number[],
  labels: LabelSet<L>,
  state: State,
): HistogramSample<L> {
  let cumulative = 0;
  const buckets = [...bounds, Infinity].map((le, i) => ({
    le,
    count: (cumulative += state.counts[i] ?? 0),
  }));
  return { labels, buckets, sum: state.sum, count: state.count };
}

/** A histogram family over `buckets` (seconds for timers). */
export function createHistogram<L extends string>(
  family: MetricFamily<L>,
  buckets: readonly number[] = DEFAULT_BUCKETS,
): Resettable<Histogram<L>> {
  const bounds = checkBuckets(family.name, buckets);
  const series = createSeriesMap<L, State>(family.name, family.labelNames, () => ({
    counts: new Array<number>(bounds.length + 1).fill(0),
    sum: 0,
    count: 0,
  }));
  const observe = (labels: Parameters<Histogram<L>['observe']>[0], value: number): void => {
    checkFinite(family.name, value);
    const { state } = series.upsert(labels);
    const found = bounds.findIndex((le) => value <= le);
    const slot = found === -1 ? bounds.length : found;
    state.counts[slot] = (state.counts[slot] ?? 0) + 1;
    state.sum += value;
    state.count += 1;
  };
  const metric: Histogram<L> = {
    ...family,
    type: 'histogram',
    buckets: bounds,
    observe,
    startTimer(labels) {
      const started = performance.now();
      return () => {
        const seconds = (performance.now() - started) / 1000;
        observe(labels, seconds);
        return seconds;
      };
    },
    get(labels) {
      const found = series.find(labels);
      return found && toSample(bounds, found.labels, found.state);
    },
    samples: () => series.entries().map(({ labels, state }) => toSample(bounds, labels, state)),
  };
  return { metric, reset: series.clear };
}
