import type { Source } from '@n2f/agresso-source';
import type { Cache } from '@n2f/cache';
import type { N2fClient } from '@n2f/n2f-client';
import { ConfigurationError } from '@n2f/resilience';
import type { UserMappingOptions } from '../mapping/user-mapping.js';
import type { PlanOptions } from '../plan/plan-options.js';
import type { QuotaOptions } from '../plan/quotas.js';
import type { AnySynchronizer } from '../entity-synchronizer.js';
import { defaultRegistry, type ScopeRegistry } from '../registry.js';
import { parseMaxDeletes, type MaxDeletes } from './max-deletes.js';
import type { SyncAction } from './report-types.js';
import type { SavedPlan } from './saved-plan.js';

/** Safety settings of domain.md §6. */
export interface SafetyOptions {
  /** Addresses (or codes) and glob patterns never deleted. @default [] */
  readonly protected?: readonly string[];
  /** Most deletes a scope may make in one run: a count or a share of its N2F records. @default '10%' */
  readonly maxDeletes?: MaxDeletes;
  /** Per-scope thresholds that win over `maxDeletes`. @default {} */
  readonly maxDeletesByScope?: Readonly<Record<string, MaxDeletes>>;
  /** Deletes stop when the source has fewer rows than this share of the last successful run. @default 0.5 */
  readonly minSourceRatio?: number;
}

/** Options of {@link createSyncRun}: the parts to compose, what to run and how safely. */
export interface SyncRunOptions {
  /** Where the Agresso rows come from. */
  readonly source: Source;
  /** The N2F client every call goes through. */
  readonly client: N2fClient;
  /** Scopes by name. @default defaultRegistry({ mapping }) */
  readonly registry?: ScopeRegistry;
  /** Scopes to run, in this order. @default every registered scope, in registration order */
  readonly scopes?: readonly string[];
  /** Writes allowed. @default ['create', 'update'] */
  readonly actions?: readonly SyncAction[];
  /** Plan and report only; no write is sent. @default false */
  readonly dryRun?: boolean;
  /** N2F sandbox account (users get `authMode: Integrated`). @default false */
  readonly sandbox?: boolean;
  readonly safety?: SafetyOptions;
  /** Mapping adjustments of the built-in `users` scope (ignored when `registry` is given). */
  readonly mapping?: UserMappingOptions;
  /** Cultures written in axe value names. @default ['fr', 'nl'] */
  readonly cultures?: readonly string[];
  /** Removed axe values are deleted or expired. @default 'delete' */
  readonly axeDeleteMode?: 'delete' | 'expire';
  /** Quota figures for the plan's time estimate. @default domain.md §8 */
  readonly quotas?: QuotaOptions;
  /** Cache for the reference data (companies, roles, profiles, axes); one namespace per N2F account. */
  readonly referenceCache?: Cache;
  /** How long cached reference data stays fresh. @default 3_600_000 (one hour) */
  readonly referenceTtlMs?: number;
  /** Persistent store of the last successful run of each scope (shrunken-source guard). */
  readonly stateStore?: Cache;
  /** Apply this saved plan exactly (each entity drift-checked) instead of planning. */
  readonly savedPlan?: SavedPlan;
  /** Stops the run between two calls; the report is still produced. */
  readonly signal?: AbortSignal;
  /** @default a time-based id such as `20261124-013000-9f3c` */
  readonly runId?: string;
  /** Clock for report times. @default () => new Date() */
  readonly now?: () => Date;
  /** Whether the client's quota limiter paces writes: progress ETAs then never beat the quota. @default true */
  readonly quotaPaced?: boolean;
}

/** Options with defaults applied and checked. */
export interface ResolvedSyncRunOptions {
  readonly source: Source;
  readonly client: N2fClient;
  readonly registry: ScopeRegistry;
  readonly scopes: readonly string[];
  /** The synchronizers of `scopes`, in order. */
  readonly synchronizers: readonly AnySynchronizer[];
  readonly actions: readonly SyncAction[];
  readonly dryRun: boolean;
  readonly sandbox: boolean;
  readonly protected: readonly string[];
  readonly maxDeletes: (scope: string) => MaxDeletes;
  readonly minSourceRatio: number;
  readonly planOptions: PlanOptions;
  readonly referenceCache: Cache | undefined;
  readonly referenceTtlMs: number;
  readonly stateStore: Cache | undefined;
  readonly savedPlan: SavedPlan | undefined;
  readonly signal: AbortSignal | undefined;
  readonly now: () => Date;
  readonly quotaPaced: boolean;
}

const ACTIONS: ReadonlySet<string> = new Set(['create', 'update', 'delete']);

/** Applies defaults and fails fast with a `ConfigurationError` naming the bad option. */
export function resolveSyncRunOptions(options: SyncRunOptions): ResolvedSyncRunOptions {
  const registry =
    options.registry ?? defaultRegistry(options.mapping ? { mapping: options.mapping } : {});
  const scopes =
    options.scopes ?? options.savedPlan?.scopes.map((s) => s.scope) ?? registry.names();
  const synchronizers = synchronizersOf(scopes, registry);
  const actions = options.actions ?? options.savedPlan?.actions ?? ['create', 'update'];
  for (const action of actions) {
    if (!ACTIONS.has(action))
      throw new ConfigurationError(
        'actions',
        `"${action}" is not an action`,
        'use create, update or delete',
      );
  }
  const safety = options.safety ?? {};
  return {
    source: options.source,
    client: options.client,
    registry,
    scopes,
    synchronizers,
    actions,
    dryRun: options.dryRun ?? false,
    sandbox: options.sandbox ?? options.savedPlan?.sandbox ?? false,
    protected: safety.protected ?? [],
    maxDeletes: maxDeletesResolver(safety),
    minSourceRatio: ratio(safety.minSourceRatio ?? 0.5),
    planOptions: planOptionsOf(options, actions),
    referenceCache: options.referenceCache,
    referenceTtlMs: options.referenceTtlMs ?? 3_600_000,
    stateStore: options.stateStore,
    savedPlan: options.savedPlan,
    signal: options.signal,
    now: options.now ?? (() => new Date()),
    quotaPaced: options.quotaPaced ?? true,
  };
}

function synchronizersOf(scopes: readonly string[], registry: ScopeRegistry): AnySynchronizer[] {
  const found = scopes.map((scope) => registry.get(scope));
  const unknown = scopes.filter((_, i) => found[i] === undefined);
  if (unknown.length > 0) {
    throw new ConfigurationError(
      'scopes',
      `unknown scope(s) ${unknown.join(', ')}`,
      `choose among ${registry.names().join(', ')}`,
    );
  }
  return found.filter((synchronizer) => synchronizer !== undefined);
}

function maxDeletesResolver(safety: SafetyOptions): (scope: string) => MaxDeletes {
  const base = parseMaxDeletes(safety.maxDeletes ?? '10%', 'safety.maxDeletes');
  const byScope = new Map(
    Object.entries(safety.maxDeletesByScope ?? {}).map(([scope, value]) => [
      scope,
      parseMaxDeletes(value, `safety.maxDeletesByScope.${scope}`),
    ]),
  );
  return (scope) => byScope.get(scope) ?? base;
}

function ratio(value: number): number {
  if (!(value >= 0 && value <= 1)) {
    throw new ConfigurationError(
      'safety.minSourceRatio',
      `${value} is not between 0 and 1`,
      'use a share such as 0.5 (50 %)',
    );
  }
  return value;
}

function planOptionsOf(options: SyncRunOptions, actions: readonly SyncAction[]): PlanOptions {
  return {
    sandbox: options.sandbox ?? options.savedPlan?.sandbox ?? false,
    actions,
    protected: options.safety?.protected ?? [],
    ...(options.cultures ? { cultures: options.cultures } : {}),
    ...(options.axeDeleteMode ? { axeDeleteMode: options.axeDeleteMode } : {}),
    ...(options.quotas ? { quotas: options.quotas } : {}),
    ...(options.now ? { today: options.now() } : {}),
  };
}
