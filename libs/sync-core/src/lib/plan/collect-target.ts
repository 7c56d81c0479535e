import type { ScopeRules } from './scope-rules.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { PlanContext } from '../model/plan-context.js';
import { TargetTable } from './target-index.js';

/** Indexes N2F records by key in canonical form; a key seen twice keeps the first, with a warning. */
export function collectTarget<TTarget>(
  scope: ScopeRules<unknown, TTarget, unknown>,
  target: Iterable<TTarget>,
  context: PlanContext,
  warnings: PlanWarning[],
): TargetTable<TTarget> {
  const index = new TargetTable<TTarget>();
  let unreadable = 0;
  for (const raw of target) {
    const key = scope.targetKey(raw, context);
    if (key !== undefined && index.has(key)) {
      warnings.push({
        code: 'DUPLICATE_TARGET_KEY',
        key,
        message: `N2F holds "${key}" more than once; the first is used`,
      });
      continue;
    }
    const record = key === undefined ? undefined : scope.canonicalTarget(raw, context);
    if (key === undefined || record === undefined) unreadable += 1;
    else index.add(key, raw, record);
  }
  if (unreadable > 0) {
    warnings.push({
      code: 'UNKNOWN_TARGET_RECORD',
      message: `${unreadable} N2F record(s) without a readable key were ignored`,
    });
  }
  return index;
}
