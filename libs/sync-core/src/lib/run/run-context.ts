import type { Source } from '@n2f/agresso-source';
import type { N2fClient } from '@n2f/n2f-client';
import { ConfigurationError } from '@n2f/resilience';
import {
  resolveMassChange,
  type GuardableScope,
  type MassChangeLimits,
} from '../guard/mass-change-options.js';
import { parseMaxDeletes, type MaxDeletes } from '../guard/max-deletes.js';
import { createRunStateStore, type RunStateStore } from '../guard/run-state-store.js';
import { memoizeSource } from '../load/memoized-source.js';
import { createReferenceLoader } from '../load/reference-loader.js';
import { referenceReads } from '../plan/estimate/estimate.js';
import { keysOfView, parseOnlyKeys, type OnlyKeys } from '../only/only-keys.js';
import { resolveFilters } from './resolve-filters.js';
import { resolvePlanOptions, type ResolvedPlanOptions } from '../model/plan-options.js';
import type { QuotaOptions } from '../plan/estimate/quotas.js';
import { indexReferences, type References } from '../references/references.js';
import { IgnoredRowsTally } from '../report/ignored-rows.js';
import type { SyncAction } from '../report/report-types.js';
import type { AnyScope } from '../scopes/entity-synchronizer.js';
import { defaultRegistry, type ScopeRegistry } from '../scopes/registry.js';
import { createRunEvents, type RunEvents } from '../events/run-events.js';
import { createRunId } from './run-id.js';
import type { SafetyOptions, SyncRunOptions } from './run-options.js';

/** The reference data of a run, indexed once and shared by every scope. */
export interface RunReferences {
  readonly index: References;
  /** GET pages the reference data took, for the estimates. */
  readonly pages: number;
}

/** Everything a run needs, resolved once from its options and frozen. */
export interface RunContext {
  readonly runId: string;
  /** The source, with the analytics view read once per run. */
  readonly source: Source;
  readonly client: N2fClient;
  readonly registry: ScopeRegistry;
  /** The scopes to plan, in order. */
  readonly scopes: readonly AnyScope[];
  readonly actions: readonly SyncAction[];
  readonly sandbox: boolean;
  readonly plan: ResolvedPlanOptions;
  readonly maxDeletes: (scope: string) => MaxDeletes;
  readonly minSourceRatio: number;
  /** The keys of `only`, by view; `undefined` for a full run. */
  readonly only: OnlyKeys | undefined;
  /** Each scope's fields guarded against mass changes, with their limits. */
  readonly massChange: MassChangeLimits;
  /** Loads (through the cache) and indexes the reference data on first call. */
  readonly references: () => Promise<RunReferences>;
  readonly stateStore: RunStateStore | undefined;
  readonly signal: AbortSignal | undefined;
  readonly now: () => Date;
  readonly events: RunEvents;
  /** The source rows no scope of the run takes (an analytics `typ` no scope handles). */
  readonly ignored: IgnoredRowsTally;
}

/** Applies defaults once and fails fast with a `ConfigurationError` naming the bad option. */
export function resolveRunContext(options: SyncRunOptions): RunContext {
  const registry =
    options.registry ?? defaultRegistry(options.mapping ? { mapping: options.mapping } : {});
  const actions = options.actions ?? ['create', 'update'];
  const only = options.only === undefined ? undefined : parseOnlyKeys(options.only);
  if (only && actions.includes('delete'))
    throw new ConfigurationError('only', 'cannot delete', 'run --only with create and update only');
  const safety = options.safety ?? {};
  const now = options.now ?? ((): Date => new Date());
  const plan = resolvePlanOptions({
    filters: resolveFilters(options.filters ?? {}, registry, options.mapping?.extraColumns ?? []),
    sandbox: options.sandbox ?? false,
    actions,
    protected: safety.protected ?? [],
    ...(options.cultures ? { cultures: options.cultures } : {}),
    ...(options.axeDeleteMode ? { axeDeleteMode: options.axeDeleteMode } : {}),
    quotas: quotasOf(options.client),
    ...(options.now ? { today: options.now() } : {}),
  });
  return Object.freeze({
    runId: options.runId ?? createRunId(now()),
    source: memoizeSource(options.source),
    client: options.client,
    registry,
    scopes: onlyScopes(scopesOf(options.scopes ?? registry.names(), registry), only),
    only,
    actions,
    sandbox: plan.sandbox,
    plan,
    maxDeletes: maxDeletesResolver(safety),
    minSourceRatio: ratio(safety.minSourceRatio ?? 0.5),
    massChange: resolveMassChange(safety.massChange ?? {}, guardable(registry, plan)),
    references: referencesOnce(options),
    stateStore: options.stateStore ? createRunStateStore(options.stateStore) : undefined,
    signal: options.signal,
    now,
    events: createRunEvents(),
    ignored: new IgnoredRowsTally(),
  });
}

/** The scopes of these names, in this order; an unknown name is a `ConfigurationError`. */
export function scopesOf(names: readonly string[], registry: ScopeRegistry): AnyScope[] {
  const found = names.map((scope) => registry.get(scope));
  const unknown = names.filter((_, i) => found[i] === undefined);
  if (unknown.length > 0) {
    throw new ConfigurationError(
      'scopes',
      `unknown scope(s) ${unknown.join(', ')}`,
      `choose among ${registry.names().join(', ')}`,
    );
  }
  return found.filter((scope) => scope !== undefined);
}

// The estimate uses the quotas the client's limiter keeps to: one description for both.
function quotasOf(client: N2fClient): QuotaOptions {
  const { day, night, windowMs } = client.quotas;
  return { day, night, windowMs };
}

function referencesOnce(options: SyncRunOptions): () => Promise<RunReferences> {
  const load = createReferenceLoader(
    options.client,
    options.referenceCache,
    options.referenceTtlMs ?? 3_600_000,
    options.signal,
  );
  let indexed: Promise<RunReferences> | undefined;
  return () =>
    (indexed ??= load().then((data) => ({
      index: indexReferences(data),
      pages: referenceReads(data),
    })));
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

// The fields each registered scope compares: known before any reference data is read.
function guardable(registry: ScopeRegistry, plan: ResolvedPlanOptions): GuardableScope[] {
  const references = indexReferences({ companies: [], roles: [], profiles: [], customAxes: {} });
  return registry.names().flatMap((name) => {
    const scope = registry.get(name);
    if (scope === undefined) return [];
    const compared = scope.comparedFields({ scope: name, references, options: plan });
    return [{ name, guardedFields: scope.guardedFields, compared }];
  });
}

// With `only`, the scopes that take one of its keys (users e-mails, axe scopes COMPANY/CODE).
function onlyScopes(scopes: AnyScope[], only: OnlyKeys | undefined): AnyScope[] {
  if (only === undefined) return scopes;
  const kept = scopes.filter((scope) => keysOfView(only, scope.view).size > 0);
  if (kept.length === 0)
    throw new ConfigurationError(
      'only',
      'no selected scope takes these keys',
      'give e-mails with the users scope, COMPANY/CODE with an axe scope (or leave --scope out)',
    );
  return kept;
}
