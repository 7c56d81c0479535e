/** One reading of process memory, in bytes. */
export interface MemorySample {
  readonly rss: number;
  readonly heapUsed: number;
}

/** Peak and mean of the samples taken, in bytes. */
export interface MemorySummary {
  readonly samples: number;
  readonly peakRss: number;
  readonly meanRss: number;
  readonly peakHeap: number;
  readonly meanHeap: number;
}

/** Running peak and mean of memory samples. */
export interface MemoryStats {
  add(sample: MemorySample): void;
  summary(): MemorySummary;
}

/** An empty {@link MemoryStats}. */
export function createMemoryStats(): MemoryStats {
  let samples = 0;
  let [peakRss, sumRss, peakHeap, sumHeap] = [0, 0, 0, 0];
  return {
    add({ rss, heapUsed }) {
      samples += 1;
      peakRss = Math.max(peakRss, rss);
      peakHeap = Math.max(peakHeap, heapUsed);
      sumRss += rss;
      sumHeap += heapUsed;
    },
    summary: () => ({
      samples,
      peakRss,
      meanRss: samples === 0 ? 0 : sumRss / samples,
      peakHeap,
      meanHeap: samples === 0 ? 0 : sumHeap / samples,
    }),
  };
}
