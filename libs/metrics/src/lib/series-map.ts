import { labelSet, type LabelSet, type LabelValues } from './labels.js';

/** The series of one family, by label values; each holds a mutable state. */
export interface SeriesMap<L extends string, S> {
  /** The state of a series, created on first use. */
  upsert(values: LabelValues<L>): { readonly labels: LabelSet<L>; readonly state: S };
  find(values: LabelValues<L>): { readonly labels: LabelSet<L>; readonly state: S } | undefined;
  entries(): Array<{ readonly labels: LabelSet<L>; readonly state: S }>;
  clear(): void;
}

/** A {@link SeriesMap} for `metric`, creating states with `init`. */
export function createSeriesMap<L extends string, S>(
  metric: string,
  labelNames: readonly L[],
  init: () => S,
): SeriesMap<L, S> {
  const series = new Map<string, { labels: LabelSet<L>; state: S }>();
  return {
    upsert(values) {
      const { key, labels } = labelSet(metric, labelNames, values);
      let found = series.get(key);
      if (!found) {
        found = { labels, state: init() };
        series.set(key, found);
      }
      return found;
    },
    find(values) {
      return series.get(labelSet(metric, labelNames, values).key);
    },
    entries: () => [...series.values()],
    clear: () => series.clear(),
  };
}

/** Throws a `RangeError` unless `value` is a finite number; returns it. */
export function checkFinite(metric: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`metric '${metric}' takes finite numbers, got ${String(value)}`);
  }
  return value;
}

/** A family and the way to forget its series, which only the registry uses. */
export interface Resettable<M> {
  readonly metric: M;
  reset(): void;
}
