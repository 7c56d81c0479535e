/** One figure a benchmark prints, optionally checked against the target stated in an issue. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target from the issue, e.g. `{ op: '>=', value: 3000 }`. */
  readonly target?: { readonly op: '<=' | '>='; readonly value: number };
}

/** A benchmark: a name, the issue it measures, and a run that returns its figures. */
export interface Bench {
  readonly name: string;
  readonly description: string;
  run(): Promise<readonly Figure[]>;
}

/** Whether a figure meets its target (a figure without a target always does). */
export function meetsTarget(figure: Figure): boolean {
  if (!figure.target) return true;
  return figure.target.op === '<=' ? figure.value <= figure.target.value : figure.value >= figure.target.value;
}

/** Formats one figure as an aligned line: name, value, unit, target and verdict. */
export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(2);
  const target = figure.target ? `target ${figure.target.op} ${figure.target.value} ${figure.unit}` : '';
  const verdict = figure.target ? (meetsTarget(figure) ? 'ok' : 'MISSED') : '';
  return `  ${figure.name.padEnd(52)} ${value.padStart(12)} ${figure.unit.padEnd(8)} ${target.padEnd(28)} ${verdict}`;
}

/** Samples resident memory and heap while `work` runs; returns its result and the peaks in MB. */
export async function withPeakMemory<T>(
  work: () => Promise<T>,
  intervalMs = 20,
): Promise<{ result: T; peakRssMb: number; peakHeapMb: number }> {
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, intervalMs);
  try {
    const result = await work();
    sample();
    return { result, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
