import type { Source } from '@n2f/agresso-source';
import type { Cache } from '@n2f/cache';
import type { N2fClient } from '@n2f/n2f-client';
import type { UserMappingOptions } from '../scopes/users/user-mapping.js';
import type { ScopeFilterOptions } from '../plan/scope-filter.js';
import type { MassChangeOptions } from '../guard/mass-change-options.js';
import type { MaxDeletes } from '../guard/max-deletes.js';
import type { SyncAction } from '../report/report-types.js';
import type { ScopeRegistry } from '../scopes/registry.js';

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
  /** The mass-change guard: held updates of guarded fields changing on too many entities. @default over 20 % and at least 10 */
  readonly massChange?: MassChangeOptions;
}

/** Options of `planRun`, `applyPlan` and `createSyncRun`: the parts to compose, what to run and how safely. */
export interface SyncRunOptions {
  /** Where the Agresso rows come from. */
  readonly source: Source;
  /** The N2F client every call goes through. */
  readonly client: N2fClient;
  /** Scopes by name. @default defaultRegistry({ mapping }) */
  readonly registry?: ScopeRegistry;
  /** Scopes to plan, in this order. @default every registered scope (`applyPlan`: the plan's scopes) */
  readonly scopes?: readonly string[];
  /** Writes allowed. @default ['create', 'update'] (`applyPlan`: the plan's actions) */
  readonly actions?: readonly SyncAction[];
  /** N2F sandbox account (users get `authMode: Integrated`). @default false */
  readonly sandbox?: boolean;
  readonly safety?: SafetyOptions;
  /** Mapping adjustments of the built-in `users` scope (ignored when `registry` is given). */
  readonly mapping?: UserMappingOptions;
  /** Scoping filters by scope: which source rows it syncs, and what happens to the others. @default {} */
  readonly filters?: Readonly<Record<string, ScopeFilterOptions>>;
  /** Cultures written in axe value names. @default ['fr', 'nl'] */
  readonly cultures?: readonly string[];
  /** Removed axe values are deleted or expired. @default 'delete' */
  readonly axeDeleteMode?: 'delete' | 'expire';
  /** Cache for the reference data (companies, roles, profiles, axes); one namespace per N2F account. */
  readonly referenceCache?: Cache;
  /** How long cached reference data stays fresh. @default 3_600_000 (one hour) */
  readonly referenceTtlMs?: number;
  /** Persistent store of the last successful run of each scope (shrunken-source guard). */
  readonly stateStore?: Cache;
  /**
   * Plan and apply just these entities (e-mails, `COMPANY/CODE` axe values) and the managers they
   * need that N2F lacks; scopes without such a key are left out, deletes are refused. @default all
   */
  readonly only?: readonly string[];
  /** Stops the run between two calls; the report is still produced. */
  readonly signal?: AbortSignal;
  /** @default a time-based id such as `20261124-013000-9f3c` */
  readonly runId?: string;
  /** Clock for report times. @default () => new Date() */
  readonly now?: () => Date;
}
