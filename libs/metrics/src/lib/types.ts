import type { LabelSet, LabelValues } from './labels.js';

/** What every metric family has: a name, a help line and its label names. */
export interface MetricFamily<L extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly L[];
}

/** One series of a counter or gauge. */
export interface Sample<L extends string = string> {
  readonly labels: LabelSet<L>;
  readonly value: number;
}

/** One series of a histogram: cumulative bucket counts (`le` ascending, `Infinity` last), sum and count. */
export interface HistogramSample<L extends string = string> {
  readonly labels: LabelSet<L>;
  readonly buckets: ReadonlyArray<{ readonly le: number; readonly count: number }>;
  readonly sum: number;
  readonly count: number;
}

/** A value that only goes up. */
export interface Counter<L extends string = never> extends MetricFamily<L> {
  readonly type: 'counter';
  /** Adds `value` (default 1); throws a `RangeError` for a negative or non-finite value. */
  inc(labels: LabelValues<L>, value?: number): void;
  get(labels: LabelValues<L>): number;
  samples(): readonly Sample<L>[];
}

/** A value that goes up and down. */
export interface Gauge<L extends string = never> extends MetricFamily<L> {
  readonly type: 'gauge';
  set(labels: LabelValues<L>, value: number): void;
  /** Adds `value` (default 1; negative to decrease). */
  inc(labels: LabelValues<L>, value?: number): void;
  get(labels: LabelValues<L>): number;
  samples(): readonly Sample<L>[];
}

/** Observations counted into buckets; also the home of timers. */
export interface Histogram<L extends string = never> extends MetricFamily<L> {
  readonly type: 'histogram';
  /** Upper bounds, ascending, without the implicit `+Inf`. */
  readonly buckets: readonly number[];
  observe(labels: LabelValues<L>, value: number): void;
  /** Starts a timer; calling the returned function observes the elapsed seconds and returns them. */
  startTimer(labels: LabelValues<L>): () => number;
  get(labels: LabelValues<L>): HistogramSample<L> | undefined;
  samples(): readonly HistogramSample<L>[];
}

/** Any metric family of a registry. */
export type Metric = Counter<string> | Gauge<string> | Histogram<string>;

/** Options of a histogram. */
export interface HistogramOptions {
  /** Upper bounds of the buckets, ascending and finite. @default DEFAULT_BUCKETS */
  readonly buckets?: readonly number[];
}

/** Metric families by name; asking twice for the same name and type returns the same family. */
export interface Registry {
  counter<L extends string = never>(
    name: string,
    help: string,
    labelNames?: readonly L[],
  ): Counter<L>;
  gauge<L extends string = never>(name: string, help: string, labelNames?: readonly L[]): Gauge<L>;
  histogram<L extends string = never>(
    name: string,
    help: string,
    labelNames?: readonly L[],
    options?: HistogramOptions,
  ): Histogram<L>;
  /** Every family, in registration order. */
  metrics(): readonly Metric[];
  /** Forgets every recorded series (families stay registered). */
  reset(): void;
}
