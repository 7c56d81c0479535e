import type { QuotaSample } from './run-record.js';
import type { QuotaFigures } from './service-events.js';

/** Samples of quota use taken while a run goes on. */
export interface QuotaSampler {
  /** Takes a sample now (also done every interval); returns it. */
  sample(): QuotaSample;
  samples(): readonly QuotaSample[];
  stop(): void;
}

/** Most samples kept per run: past it every other one is dropped, so a long run keeps its shape. */
const MAX_SAMPLES = 480;

/**
 * Reads `usage()` every `intervalMs` and hands each sample to `onSample` (the run's event log).
 * @example const sampler = startQuotaSampler(() => quotaFigures(client, true), 1000, (s) => log.append({ type: 'quota', ...s }));
 */
export function startQuotaSampler(
  usage: () => QuotaFigures,
  intervalMs: number,
  onSample: (sample: QuotaSample) => void,
): QuotaSampler {
  let samples: QuotaSample[] = [];
  const sample = (): QuotaSample => {
    const taken: QuotaSample = { ...usage(), at: new Date().toISOString() };
    samples.push(taken);
    if (samples.length > MAX_SAMPLES) samples = samples.filter((_, i) => i % 2 === 0);
    onSample(taken);
    return taken;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return { sample, samples: () => samples, stop: () => clearInterval(timer) };
}
