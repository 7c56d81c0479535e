import { checkFinite, createSeriesMap, type Resettable } from './series-map.js';
import type { Counter, MetricFamily } from './types.js';

/** A counter family; `inc` refuses negative values. */
export function createCounter<L extends string>(family: MetricFamily<L>): Resettable<Counter<L>> {
  const series = createSeriesMap(family.name, family.labelNames, () => ({ value: 0 }));
  const metric: Counter<L> = {
    ...family,
    type: 'counter',
    inc(labels, value = 1) {
      if (checkFinite(family.name, value) < 0)
        throw new RangeError(`counter '${family.name}' cannot decrease`);
      series.upsert(labels).state.value += value;
    },
    get: (labels) => series.find(labels)?.state.value ?? 0,
    samples: () => series.entries().map(({ labels, state }) => ({ labels, value: state.value })),
  };
  return { metric, reset: series.clear };
}
