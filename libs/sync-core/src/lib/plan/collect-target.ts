import type { EntitySynchronizer } from '../entity-synchronizer.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { PlanContext } from './plan-context.js';
import { createTargetIndex, type TargetIndex } from './target-index.js';

/** Indexes N2F records by key; a key seen twice keeps the first, with a warning. */
export function collectTarget<TTarget>(
  scope: EntitySynchronizer<unknown, TTarget, unknown>,
  target: Iterable<TTarget>,
  context: PlanContext,
  warnings: PlanWarning[],
): TargetIndex<TTarget> {
  const byKey = new Map<string, TTarget>();
  let unreadable = 0;
  for (const raw of target) {
    const key = scope.targetKey(raw, context);
    if (key === undefined) {
      unreadable += 1;
      continue;
    }
    if (byKey.has(key)) {
      warnings.push({
        code: 'DUPLICATE_TARGET_KEY',
        key,
        message: `N2F holds "${key}" more than once; the first is used`,
      });
      continue;
    }
    byKey.set(key, raw);
  }
  if (unreadable > 0) {
    warnings.push({
      code: 'UNKNOWN_TARGET_RECORD',
      message: `${unreadable} N2F record(s) without a readable key were ignored`,
    });
  }
  return createTargetIndex(byKey, (raw) => scope.canonicalTarget(raw, context));
}
