import type { SourceRecord } from '@n2f/agresso-source';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { EntitySynchronizer } from '../entity-synchronizer.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { ReferenceData } from '../references/reference-data.js';
import { indexReferences } from '../references/references.js';
import { collectSource } from './collect-source.js';
import { collectTarget } from './collect-target.js';
import { diffRecords } from './diff.js';
import { estimateCalls, referenceReads } from './estimate.js';
import type { PlanContext, PlanDraft } from './plan-context.js';
import { resolvePlanOptions, type PlanOptions } from './plan-options.js';
import type { ScopePlan } from './plan-types.js';
import { createProtectedMatcher } from './protected-matcher.js';

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
  scope: EntitySynchronizer<TRow, TTarget, TPayload>,
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
  const warnings: PlanWarning[] = [];
  const draft: PlanDraft<TPayload, TTarget> = {
    source: new Map(),
    sourceKeys: new Set(),
    target: collectTarget(scope, target, context, warnings),
    invalidKeys: new Set(),
    invalid: [],
    warnings,
    creates: [],
    updates: [],
    deletes: [],
  };
  const tally: Tally = { unchanged: 0, skipped: { creates: 0, updates: 0, deletes: 0 } };
  const diff = differ(scope, draft, context, tally);
  let invalidRows: number;
  if (scope.linksRecords) {
    // Links between records (managers) need every record before the first comparison.
    invalidRows = collectSource(scope, source, context, draft, (key, record) =>
      draft.source.set(key, record),
    );
    scope.prepare(draft, context);
    for (const [key, after] of draft.source) diff(key, after);
  } else {
    // Otherwise each record is compared as it comes and only its key is kept.
    invalidRows = collectSource(scope, source, context, draft, diff);
  }
  removeAll(scope, draft, context, tally);
  scope.finish(draft, context);
  return result(scope, draft, context, references, tally, invalidRows);
}

// Compares one source record with its N2F record: a create, an update, or unchanged.
function differ<P, T>(
  scope: EntitySynchronizer<unknown, T, P>,
  draft: PlanDraft<P, T>,
  context: PlanContext,
  tally: Tally,
): (key: string, after: CanonicalRecord) => void {
  const fields = scope.comparedFields(context);
  const { actions } = context.options;
  return (key, after) => {
    const before = draft.target.get(key);
    if (before === undefined) {
      if (!actions.has('create')) tally.skipped.creates += 1;
      else
        draft.creates.push({
          action: 'create',
          key,
          before: null,
          after,
          payload: scope.buildPayload(after, context),
        });
      return;
    }
    const changes = diffRecords(before, after, fields);
    if (changes.length === 0) tally.unchanged += 1;
    else if (!actions.has('update')) tally.skipped.updates += 1;
    else
      draft.updates.push({
        action: 'update',
        key,
        before,
        after,
        changes,
        payload: scope.buildPayload(after, context),
        followUp: false,
      });
  };
}

// Removals for N2F records the source lacks; an already expired value counts as unchanged.
function removeAll<P, T>(
  scope: EntitySynchronizer<unknown, T, P>,
  draft: PlanDraft<P, T>,
  context: PlanContext,
  tally: Tally,
): void {
  const isProtected = createProtectedMatcher(context.options.protected);
  const deleting = context.options.actions.has('delete');
  for (const key of draft.target.keys()) {
    // A record whose source row is invalid is kept as is: a typo must never delete it.
    if (draft.sourceKeys.has(key) || draft.invalidKeys.has(key)) continue;
    const before = draft.target.get(key);
    if (before === undefined || draft.invalidKeys.has(scope.identity(before))) continue;
    const entry = scope.removal(before, key, isProtected(scope.identity(before)), context);
    if (entry === null) tally.unchanged += 1;
    else if (deleting) draft.deletes.push(entry);
    else tally.skipped.deletes += 1;
  }
}

function result<P, T>(
  scope: EntitySynchronizer<unknown, T, P>,
  draft: PlanDraft<P, T>,
  context: PlanContext,
  references: ReferenceData,
  tally: Tally,
  invalidRows: number,
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
      invalid: invalidRows,
      skipped: tally.skipped,
    },
    estimate: estimateCalls(
      {
        targetReads: scope.targetReads(draft.target, context),
        referenceReads: referenceReads(references),
        ...counts,
      },
      context.options.quotas,
    ),
  };
}
