/** Label values of one series: every declared label name, as text (numbers and booleans are converted). */
export type LabelValues<L extends string> = { readonly [K in L]: string | number | boolean };

/** The label values of a recorded series, as text. */
export type LabelSet<L extends string> = { readonly [K in L]: string };

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Throws a `TypeError` unless `name` is a valid Prometheus metric name. */
export function checkMetricName(name: string): void {
  if (typeof name !== 'string' || !METRIC_NAME.test(name)) {
    throw new TypeError(`metric name ${JSON.stringify(name)} must match ${METRIC_NAME.source}`);
  }
}

/** Throws a `TypeError` for an invalid, reserved (`__*`, and `le` where `reserved` says so) or repeated label name. */
export function checkLabelNames(
  metric: string,
  names: readonly string[],
  reserved: readonly string[] = [],
): void {
  for (const [i, name] of names.entries()) {
    if (
      !LABEL_NAME.test(name) ||
      name.startsWith('__') ||
      reserved.includes(name) ||
      names.indexOf(name) !== i
    ) {
      throw new TypeError(
        `metric '${metric}' has an invalid, reserved or repeated label name ${JSON.stringify(name)}`,
      );
    }
  }
}

/**
 * The label values of a call as text, in declared order, with a key that identifies the series.
 * Throws a `TypeError` when a declared label is missing or an undeclared one is given.
 */
export function labelSet<L extends string>(
  metric: string,
  names: readonly L[],
  values: LabelValues<L>,
): { key: string; labels: LabelSet<L> } {
  const given = Object.keys(values ?? {});
  const extra = given.find((name) => !(names as readonly string[]).includes(name));
  if (extra !== undefined) throw new TypeError(`metric '${metric}' has no label '${extra}'`);
  const labels = {} as Record<L, string>;
  for (const name of names) {
    const value = (values as Record<string, unknown>)[name];
    if (value === undefined || value === null)
      throw new TypeError(`metric '${metric}' is missing label '${name}'`);
    labels[name] = String(value);
  }
  return { key: JSON.stringify(names.map((name) => labels[name])), labels };
}
