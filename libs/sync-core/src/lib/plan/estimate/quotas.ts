import { ConfigurationError, DEFAULT_QUOTAS, type QuotaBudget } from '@n2f/resilience';

/** Per-window overrides of the quota numbers. */
export interface QuotaOptions {
  /** Day window (06:00–20:00). @default { reads: 60, writes: 10 } */
  readonly day?: Partial<QuotaBudget>;
  /** Night window (20:00–06:00). @default { reads: 200, writes: 50 } */
  readonly night?: Partial<QuotaBudget>;
  /** Length of the rolling quota window (the client's limiter may add a margin). @default 60_000 */
  readonly windowMs?: number;
}

/** The quota numbers in force for both windows (a client's `quotas` description fits). */
export interface ResolvedQuotas {
  readonly day: QuotaBudget;
  readonly night: QuotaBudget;
  /** @default 60_000 */
  readonly windowMs?: number;
}

/** Applies the defaults; a quota that is not a positive number is a `ConfigurationError`. */
export function resolveQuotas(options: QuotaOptions = {}): ResolvedQuotas {
  return {
    day: budget('day', options.day, DEFAULT_QUOTAS.day),
    night: budget('night', options.night, DEFAULT_QUOTAS.night),
    ...(options.windowMs === undefined ? {} : { windowMs: options.windowMs }),
  };
}

function budget(
  window: 'day' | 'night',
  given: Partial<QuotaBudget> | undefined,
  fallback: QuotaBudget,
): QuotaBudget {
  const resolved = {
    reads: given?.reads ?? fallback.reads,
    writes: given?.writes ?? fallback.writes,
  };
  for (const kind of ['reads', 'writes'] as const) {
    if (!(resolved[kind] > 0) || !Number.isFinite(resolved[kind])) {
      throw new ConfigurationError(
        `quotas.${window}.${kind}`,
        `${String(resolved[kind])} is not a positive number`,
        'give calls per minute, e.g. 60',
      );
    }
  }
  return resolved;
}
