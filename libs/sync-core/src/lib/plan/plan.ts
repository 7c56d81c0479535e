import type { SourceRecord } from '@n2f/agresso-source';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { ScopeRules } from './scope-rules.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { ReferenceData } from '../references/reference-data.js';
import { indexReferences } from '../references/references.js';
import type { Accepted } from './ambiguous-keys.js';
import { collectSource, type Acceptor, type SourceTally } from './collect-source.js';
import { collectTarget } from './collect-target.js';
import { diffRecords } from './diff.js';
import { estimateCalls, referenceReads } from './estimate/estimate.js';
import type { PlanContext, PlanDraft } from '../model/plan-context.js';
import { resolvePlanOptions, type PlanOptions } from '../model/plan-options.js';
import type { PlanControls, ScopePlan } from '../model/plan-types.js';
import { createProtectedMatcher } from './protected-matcher.js';
import { SourceKeyTracker } from './source-keys.js';
import type { TargetTable } from './target-index.js';

// The draft as the engine holds it: the concrete target table behind the index hooks see.
type Draft<P, T> = PlanDraft<P, T> & { readonly target: TargetTable<T> };

interface Tally {
  unchanged: number;
  readonly skipped: { creates: number; updates: number; deletes: number };
}

/**
 * Computes the exact changes for one scope from its source rows and N2F records. Pure and
 * synchronous: the same inputs always give the same plan, and the plan is plain JSON.
 * @example const usersPlan = plan(usersScope(), rows, n2fUsers, references, { actions: ['create', 'update'] });
 */
export function plan<TRow, TTarget, TPayload>(
  scope: ScopeRules<TRow, TTarget, TPayload>,
  source: Iterable<SourceRecord<TRow>>,
  target: Iterable<TTarget>,
  references: ReferenceData,
  options: PlanOptions = {},
): ScopePlan<TPayload> {
  const context: PlanContext = {
    scope: scope.name,
    references: indexReferences(references),
    options: resolvePlanOptions(options),
  };
  return planScope(scope, source, target, context, referenceReads(references));
}

/**
 * {@link plan} with its context already built (options resolved and references indexed once per
 * run); `referencePages` is the GET pages of the reference data, for the estimate.
 */
export function planScope<TRow, TTarget, TPayload>(
  scope: ScopeRules<TRow, TTarget, TPayload>,
  source: Iterable<SourceRecord<TRow>>,
  target: Iterable<TTarget>,
  context: PlanContext,
  referencePages: number,
): ScopePlan<TPayload> {
  const warnings: PlanWarning[] = [];
  const table = collectTarget(scope, target, context, warnings);
  const keys = new SourceKeyTracker(table);
  const draft: Draft<TPayload, TTarget> = {
    source: new Map(),
    sourceKeys: keys,
    target: table,
    invalidKeys: new Set(),
    invalid: [],
    warnings,
    creates: [],
    updates: [],
    deletes: [],
  };
  const tally: Tally = { unchanged: 0, skipped: { creates: 0, updates: 0, deletes: 0 } };
  const diff = differ(scope, draft, context, tally);
  let rows: SourceTally;
  if (scope.linksRecords) {
    // Links between records (managers) need every record before the first comparison.
    const keep: Acceptor = {
      accept: (key, record) => (draft.source.set(key, record), 'kept'),
      takeBack: (key) => draft.source.delete(key),
    };
    rows = collectSource(scope, source, context, draft, keys, keep);
    scope.prepare(draft, context);
    for (const [key, after] of draft.source) diff(key, after, table.get(key));
  } else {
    // Otherwise each record is compared as it comes; only whether its key was seen is kept.
    rows = collectSource(scope, source, context, draft, keys, { accept: diff, takeBack: undo(draft, tally) });
  }
  removeAll(scope, draft, keys, context, tally);
  scope.finish(draft, context);
  return result(scope, draft, context, referencePages, tally, rows);
}

// Compares one source record with its N2F record: a create, an update, or unchanged.
function differ<P, T>(
  scope: ScopeRules<unknown, T, P>,
  draft: PlanDraft<P, T>,
  context: PlanContext,
  tally: Tally,
): (key: string, after: CanonicalRecord, before: CanonicalRecord | undefined) => Accepted {
  const fields = scope.comparedFields(context);
  const { actions } = context.options;
  return (key, after, before) => {
    if (before === undefined) {
      if (!actions.has('create')) return (tally.skipped.creates += 1, 'skipped-create');
      const payload = scope.buildPayload(after, context);
      draft.creates.push({ action: 'create', key, before: null, after, payload });
      return 'create';
    }
    const changes = diffRecords(before, after, fields);
    if (changes.length === 0) return (tally.unchanged += 1, 'unchanged');
    if (!actions.has('update')) return (tally.skipped.updates += 1, 'skipped-update');
    const payload = scope.buildPayload(after, context);
    draft.updates.push({ action: 'update', key, before, after, changes, payload, followUp: false });
    return 'update';
  };
}

// Takes back a record compared as it streamed, once a later row shows its key is shared.
function undo<P, T>(draft: PlanDraft<P, T>, tally: Tally): (key: string, accepted: Accepted) => void {
  return (key, accepted) => {
    if (accepted === 'create') draft.creates = draft.creates.filter((entry) => entry.key !== key);
    else if (accepted === 'update') draft.updates = draft.updates.filter((entry) => entry.key !== key);
    else if (accepted === 'unchanged') tally.unchanged -= 1;
    else if (accepted === 'skipped-create') tally.skipped.creates -= 1;
    else if (accepted === 'skipped-update') tally.skipped.updates -= 1;
  };
}

// Removals for N2F records the source lacks, in N2F order; an already expired value counts as
// unchanged. The matched records are skipped by their slot flag, without a lookup.
function removeAll<P, T>(
  scope: ScopeRules<unknown, T, P>,
  draft: Draft<P, T>,
  keys: SourceKeyTracker,
  context: PlanContext,
  tally: Tally,
): void {
  const isProtected = createProtectedMatcher(context.options.protected);
  const deleting = context.options.actions.has('delete');
  for (let slot = 0; slot < draft.target.size; slot++) {
    const key = draft.target.keyAt(slot);
    // A record whose source row is invalid is kept as is: a typo must never delete it.
    if (keys.matched(slot) || draft.invalidKeys.has(key)) continue;
    const before = draft.target.recordAt(slot);
    if (draft.invalidKeys.has(scope.identity(before))) continue;
    const entry = scope.removal(before, key, isProtected(scope.identity(before)), context);
    if (entry === null) tally.unchanged += 1;
    else if (deleting) draft.deletes.push(entry);
    else tally.skipped.deletes += 1;
  }
}

function result<P, T>(
  scope: ScopeRules<unknown, T, P>,
  draft: PlanDraft<P, T>,
  context: PlanContext,
  referencePages: number,
  tally: Tally,
  rows: SourceTally,
): ScopePlan<P> {
  const protectedCount = draft.deletes.filter((entry) => entry.protected).length;
  const deletes = draft.deletes.length - protectedCount;
  const counts = { creates: draft.creates.length, updates: draft.updates.length, deletes };
  return {
    scope: scope.name,
    creates: draft.creates,
    updates: draft.updates,
    deletes: draft.deletes,
    invalid: draft.invalid,
    warnings: draft.warnings,
    counts: {
      source: draft.sourceKeys.size,
      target: draft.target.size,
      ...counts,
      protected: protectedCount,
      unchanged: tally.unchanged,
      invalid: rows.invalid,
      outOfScope: rows.outOfScope,
      skipped: tally.skipped,
    },
    controls: controlsOf(scope, context),
    estimate: estimateCalls(
      {
        targetReads: scope.targetReads(draft.target, context),
        referenceReads: referencePages,
        ...counts,
      },
      context.options.quotas,
    ),
  };
}

// The operator's settings that shaped the plan: shown with it and kept in the report.
function controlsOf(scope: ScopeRules, context: PlanContext): PlanControls {
  const filter = context.options.filters.get(scope.name);
  return {
    ...(filter ? { filter: filter.description, outOfScope: filter.outOfScope } : {}),
    ...(scope.createOnlyFields.length > 0 ? { createOnly: scope.createOnlyFields } : {}),
  };
}
