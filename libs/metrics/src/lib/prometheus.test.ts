import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { formatPrometheus } from './prometheus.js';
import { createRegistry } from './registry.js';

describe('formatPrometheus', () => {
  it('writes HELP/TYPE, escaped labels and histogram series that a parser reads back', () => {
    const registry = createRegistry();
    registry
      .counter('requests_total', 'Calls with a \\ and\na newline.', ['route'])
      .inc({ route: 'say "hi"\\\n' }, 3);
    registry.gauge('rss_bytes', 'RSS.').set({}, 1_048_576);
    const h = registry.histogram('latency_seconds', 'Latency.', ['method'], { buckets: [0.1, 1] });
    h.observe({ method: 'GET' }, 0.05);
    h.observe({ method: 'GET' }, 2);
    registry.counter('unused_total', 'Never incremented.');

    const text = formatPrometheus(registry);
    const parsed = parsePrometheusTextFormat(text);
    expect(parsed.map((f) => [f.name, f.type])).toEqual([
      ['n2f_sync_requests_total', 'COUNTER'],
      ['n2f_sync_rss_bytes', 'GAUGE'],
      ['n2f_sync_latency_seconds', 'HISTOGRAM'],
    ]);
    expect(parsed[0]?.help).toBe('Calls with a \\ and\na newline.');
    expect(parsed[0]?.metrics).toEqual([{ value: '3', labels: { route: 'say "hi"\\\n' } }]);
    expect(parsed[1]?.metrics).toEqual([{ value: '1048576' }]);
    // The parser folds a labelled histogram into its buckets; the _sum/_count lines are checked as text.
    expect(parsed[2]?.metrics).toEqual([{ buckets: { '0.1': '1', '1': '1', '+Inf': '2' } }]);
    expect(text).toContain(
      [
        'n2f_sync_latency_seconds_bucket{method="GET",le="0.1"} 1',
        'n2f_sync_latency_seconds_bucket{method="GET",le="1"} 1',
        'n2f_sync_latency_seconds_bucket{method="GET",le="+Inf"} 2',
        'n2f_sync_latency_seconds_sum{method="GET"} 2.05',
        'n2f_sync_latency_seconds_count{method="GET"} 2',
      ].join('\n'),
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('gives an unlabelled histogram its sum and count', () => {
    const registry = createRegistry();
    registry.histogram('run_seconds', 'Runs.', [], { buckets: [10] }).observe({}, 12.5);
    const [family] = parsePrometheusTextFormat(formatPrometheus(registry));
    expect(family?.metrics).toEqual([
      { buckets: { '10': '0', '+Inf': '1' }, sum: '12.5', count: '1' },
    ]);
  });

  it('takes another prefix and gives an empty text for an empty registry', () => {
    const registry = createRegistry();
    expect(formatPrometheus(registry)).toBe('');
    registry.counter('x_total', 'X.').inc({});
    expect(formatPrometheus(registry, { prefix: 'app_' })).toBe(
      '# HELP app_x_total X.\n# TYPE app_x_total counter\napp_x_total 1\n',
    );
  });
});
