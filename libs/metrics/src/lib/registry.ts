import { createCounter } from './counter.js';
import { createGauge } from './gauge.js';
import { createHistogram } from './histogram.js';
import { checkLabelNames, checkMetricName } from './labels.js';
import type { Resettable } from './series-map.js';
import type { Metric, MetricFamily, Registry } from './types.js';

function sameFamily(metric: Metric, type: Metric['type'], labelNames: readonly string[]): boolean {
  return metric.type === type && metric.labelNames.join('\u0000') === labelNames.join('\u0000');
}

/**
 * Creates an empty registry of counters, gauges and histograms with labels.
 * @example
 * const registry = createRegistry();
 * const calls = registry.counter('api_requests_total', 'API calls.', ['method']);
 * calls.inc({ method: 'GET' });
 */
export function createRegistry(): Registry {
  const families = new Map<string, Resettable<Metric>>();
  function register<M extends Metric>(
    type: M['type'],
    family: MetricFamily<string>,
    make: () => Resettable<M>,
  ): M {
    const existing = families.get(family.name);
    if (existing) {
      if (!sameFamily(existing.metric, type, family.labelNames)) {
        throw new TypeError(
          `metric '${family.name}' is already registered as a ${existing.metric.type} with other labels`,
        );
      }
      return existing.metric as M;
    }
    checkMetricName(family.name);
    checkLabelNames(family.name, family.labelNames, type === 'histogram' ? ['le'] : []);
    const created = make();
    families.set(family.name, created);
    return created.metric;
  }
  return {
    counter: (name, help, labelNames = []) =>
      register('counter', { name, help, labelNames }, () =>
        createCounter({ name, help, labelNames }),
      ),
    gauge: (name, help, labelNames = []) =>
      register('gauge', { name, help, labelNames }, () => createGauge({ name, help, labelNames })),
    histogram: (name, help, labelNames = [], options = {}) =>
      register('histogram', { name, help, labelNames }, () =>
        createHistogram({ name, help, labelNames }, options.buckets),
      ),
    metrics: () => [...families.values()].map((family) => family.metric),
    reset() {
      for (const family of families.values()) family.reset();
    },
  };
}
