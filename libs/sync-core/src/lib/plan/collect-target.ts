import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { EntitySynchronizer } from '../entity-synchronizer.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { PlanContext } from './plan-context.js';

/** Canonicalises N2F records by key; a key seen twice keeps the first, with a warning. */
export function collectTarget<TTarget>(
  scope: EntitySynchronizer<unknown, TTarget, unknown>,
  target: Iterable<TTarget>,
  context: PlanContext,
  warnings: PlanWarning[],
): Map<string, CanonicalRecord> {
  const records = new Map<string, CanonicalRecord>();
  let unreadable = 0;
  for (const raw of target) {
    const record = scope.canonicalTarget(raw, context);
    if (record === undefined) {
      unreadable += 1;
      continue;
    }
    const key = scope.key(record);
    if (records.has(key)) {
      warnings.push({
        code: 'DUPLICATE_TARGET_KEY',
        key,
        message: `N2F holds "${key}" more than once; the first is used`,
      });
      continue;
    }
    records.set(key, record);
  }
  if (unreadable > 0) {
    warnings.push({
      code: 'UNKNOWN_TARGET_RECORD',
      message: `${unreadable} N2F record(s) without a readable key were ignored`,
    });
  }
  return records;
}
