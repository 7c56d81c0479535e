import type { SourceRecord } from '@n2f/agresso-source';
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
  const collected = collectSource(scope, source, context);
  const warnings: PlanWarning[] = [];
  const draft: PlanDraft<TPayload> = {
    source: collected.records,
    target: collectTarget(scope, target, context, warnings),
    invalidKeys: collected.invalidKeys,
    invalid: collected.invalid,
    warnings,
    creates: [],
    updates: [],
    deletes: [],
  };
  scope.prepare(draft, context);
  const skipped = { creates: 0, updates: 0, deletes: 0 };
  const unchanged = diffAll(scope, draft, context, skipped);
  const removed = removeAll(scope, draft, context, skipped);
  scope.order(draft, context);
  const protectedCount = draft.deletes.filter((entry) => entry.protected).length;
  const deletes = draft.deletes.length - protectedCount;
  return {
    scope: scope.name,
    creates: draft.creates,
    updates: draft.updates,
    deletes: draft.deletes,
    invalid: draft.invalid,
    warnings: draft.warnings,
    counts: {
      source: draft.source.size,
      target: draft.target.size,
      creates: draft.creates.length,
      updates: draft.updates.length,
      deletes,
      protected: protectedCount,
      unchanged: unchanged + removed,
      invalid: collected.invalidRows,
      skipped,
    },
    estimate: estimateCalls(
      {
        targetReads: scope.targetReads(draft.target, context),
        referenceReads: referenceReads(references),
        creates: draft.creates.length,
        updates: draft.updates.length,
        deletes,
      },
      context.options.quotas,
    ),
  };
}

// Creates for new keys, updates for changed ones; returns the unchanged count.
function diffAll<P>(
  scope: EntitySynchronizer<unknown, unknown, P>,
  draft: PlanDraft<P>,
  context: PlanContext,
  skipped: { creates: number; updates: number },
): number {
  const fields = scope.comparedFields(context);
  const { actions } = context.options;
  let unchanged = 0;
  for (const [key, after] of draft.source) {
    const before = draft.target.get(key);
    if (before === undefined) {
      if (actions.has('create'))
        draft.creates.push({
          action: 'create',
          key,
          before: null,
          after,
          payload: scope.buildPayload(after, context),
        });
      else skipped.creates += 1;
      continue;
    }
    const changes = diffRecords(before, after, fields);
    if (changes.length === 0) unchanged += 1;
    else if (actions.has('update')) {
      draft.updates.push({
        action: 'update',
        key,
        before,
        after,
        changes,
        payload: scope.buildPayload(after, context),
        followUp: false,
      });
    } else skipped.updates += 1;
  }
  return unchanged;
}

// Removals for N2F records the source lacks; returns how many need nothing (already expired).
function removeAll<P>(
  scope: EntitySynchronizer<unknown, unknown, P>,
  draft: PlanDraft<P>,
  context: PlanContext,
  skipped: { deletes: number },
): number {
  const isProtected = createProtectedMatcher(context.options.protected);
  const deleting = context.options.actions.has('delete');
  let nothingToDo = 0;
  for (const [key, before] of draft.target) {
    // A record whose source row is invalid is kept as is: a typo must never delete it.
    if (
      draft.source.has(key) ||
      draft.invalidKeys.has(key) ||
      draft.invalidKeys.has(scope.identity(before))
    )
      continue;
    const entry = scope.removal(before, key, isProtected(scope.identity(before)), context);
    if (entry === null) nothingToDo += 1;
    else if (deleting) draft.deletes.push(entry);
    else skipped.deletes += 1;
  }
  return nothingToDo;
}
