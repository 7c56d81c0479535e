import { checkFinite, createSeriesMap, type Resettable } from './series-map.js';
import type { Gauge, MetricFamily } from './types.js';

/** A gauge family. */
export function createGauge<L extends string>(family: MetricFamily<L>): Resettable<Gauge<L>> {
  const series = createSeriesMap(family.name, family.labelNames, () => ({ value: 0 }));
  const metric: Gauge<L> = {
    ...family,
    type: 'gauge',
    set(labels, value) {
      series.upsert(labels).state.value = checkFinite(family.name, value);
    },
    inc(labels, value = 1) {
      series.upsert(labels).state.value += checkFinite(family.name, value);
    },
    get: (labels) => series.find(labels)?.state.value ?? 0,
    samples: () => series.entries().map(({ labels, state }) => ({ labels, value: state.value })),
  };
  return { metric, reset: series.clear };
}
