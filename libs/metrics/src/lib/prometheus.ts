import type { LabelSet } from './labels.js';
import type { Metric, Registry } from './types.js';

/** Options of {@link formatPrometheus}. */
export interface PrometheusOptions {
  /** Prepended to every metric name. @default 'n2f_sync_' */
  readonly prefix?: string;
}

const escapeHelp = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabel = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

/** A sample value as the text format spells it (`+Inf`, `-Inf`, `NaN`). */
export function formatValue(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return Number.isNaN(value) ? 'NaN' : String(value);
}

function formatLabels(
  labels: Readonly<Record<string, string>>,
  extra?: readonly [string, string],
): string {
  const pairs = Object.entries(labels);
  if (extra) pairs.push([...extra]);
  return pairs.length === 0
    ? ''
    : `{${pairs.map(([name, value]) => `${name}="${escapeLabel(value)}"`).join(',')}}`;
}

function sampleLines(name: string, metric: Metric): string[] {
  if (metric.type !== 'histogram') {
    return metric
      .samples()
      .map(({ labels, value }) => `${name}${formatLabels(labels)} ${formatValue(value)}`);
  }
  return metric.samples().flatMap(({ labels, buckets, sum, count }) => {
    const set = labels as LabelSet<string>;
    return [
      ...buckets.map(
        ({ le, count: n }) => `${name}_bucket${formatLabels(set, ['le', formatValue(le)])} ${n}`,
      ),
      `${name}_sum${formatLabels(set)} ${formatValue(sum)}`,
      `${name}_count${formatLabels(set)} ${count}`,
    ];
  });
}

/**
 * The registry in the Prometheus text exposition format (0.0.4): `# HELP`/`# TYPE` per family,
 * escaped label values, histograms as `_bucket{le=…}`/`_sum`/`_count`. Families without series are left out.
 */
export function formatPrometheus(registry: Registry, options: PrometheusOptions = {}): string {
  const prefix = options.prefix ?? 'n2f_sync_';
  const blocks = registry.metrics().flatMap((metric) => {
    const name = `${prefix}${metric.name}`;
    const lines = sampleLines(name, metric);
    if (lines.length === 0) return [];
    return [
      [`# HELP ${name} ${escapeHelp(metric.help)}`, `# TYPE ${name} ${metric.type}`, ...lines].join(
        '\n',
      ),
    ];
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n')}\n`;
}
