import { ConfigurationError } from '@n2f/resilience';
import type { PlanAction } from './plan-types.js';
import type { ScopeFilter } from '../plan/scope-filter.js';
import { resolveQuotas, type QuotaOptions, type ResolvedQuotas } from '../plan/estimate/quotas.js';

/** Options of `plan()`; all optional. */
export interface PlanOptions {
  /** Sandbox account: users get `authMode: Integrated`. @default false */
  readonly sandbox?: boolean;
  /** Cultures written and compared in axe value names. @default ['fr', 'nl'] */
  readonly cultures?: readonly string[];
  /** Addresses (or codes) and glob patterns (`*`, `?`) never to delete, any case. @default [] */
  readonly protected?: readonly string[];
  /** Actions to plan; changes of other kinds are only counted as skipped. @default ['create', 'update'] */
  readonly actions?: readonly PlanAction[];
  /** How removed axe values go: deleted, or expired (validityDateTo = yesterday). @default 'delete' */
  readonly axeDeleteMode?: 'delete' | 'expire';
  /** The current day (`YYYY-MM-DD` or a Date, UTC day), for expiries. @default the day `resolvePlanOptions` runs */
  readonly today?: string | Date;
  /** Calls per minute in the day and night windows, for the estimate. @default domain.md §8 */
  readonly quotas?: QuotaOptions;
  /** Scoping filters by scope name, compiled by `resolveScopeFilter`. @default none */
  readonly filters?: ReadonlyMap<string, ScopeFilter>;
}

/** Plan options with defaults applied and checked. */
export interface ResolvedPlanOptions {
  readonly sandbox: boolean;
  readonly cultures: readonly string[];
  readonly protected: readonly string[];
  readonly actions: ReadonlySet<PlanAction>;
  readonly axeDeleteMode: 'delete' | 'expire';
  readonly today: string;
  readonly quotas: ResolvedQuotas;
  readonly filters: ReadonlyMap<string, ScopeFilter>;
}

const ACTIONS: ReadonlySet<string> = new Set<PlanAction>(['create', 'update', 'delete']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Applies defaults and fails fast with a `ConfigurationError` naming the bad option. */
export function resolvePlanOptions(options: PlanOptions = {}): ResolvedPlanOptions {
  const cultures = (options.cultures ?? ['fr', 'nl']).map((culture) =>
    culture.trim().toLowerCase(),
  );
  if (cultures.length === 0 || cultures.includes('')) {
    throw new ConfigurationError(
      'cultures',
      'must list at least one non-empty culture',
      "use e.g. ['fr', 'nl']",
    );
  }
  const actions = options.actions ?? ['create', 'update'];
  for (const action of actions) {
    if (!ACTIONS.has(action))
      throw new ConfigurationError(
        'actions',
        `"${String(action)}" is not an action`,
        'use create, update or delete',
      );
  }
  const mode = options.axeDeleteMode ?? 'delete';
  if (mode !== 'delete' && mode !== 'expire') {
    throw new ConfigurationError(
      'axeDeleteMode',
      `"${String(mode)}" is not a mode`,
      "use 'delete' or 'expire'",
    );
  }
  return {
    sandbox: options.sandbox ?? false,
    cultures: [...new Set(cultures)],
    protected: options.protected ?? [],
    actions: new Set(actions),
    axeDeleteMode: mode,
    today: resolveToday(options.today),
    quotas: resolveQuotas(options.quotas),
    filters: options.filters ?? new Map(),
  };
}

function resolveToday(today: string | Date | undefined): string {
  if (today === undefined) return new Date().toISOString().slice(0, 10);
  if (today instanceof Date && !Number.isNaN(today.getTime()))
    return today.toISOString().slice(0, 10);
  if (typeof today === 'string' && DAY.test(today) && !Number.isNaN(Date.parse(today)))
    return today;
  throw new ConfigurationError(
    'today',
    `"${String(today)}" is not a day`,
    'use YYYY-MM-DD or a Date',
  );
}
