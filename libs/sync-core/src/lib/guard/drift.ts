import { sameValue, type CanonicalRecord } from '../canonical/canonical-value.js';
import type { PlanEntry } from '../model/plan-types.js';

/**
 * Why a saved plan's entry no longer fits the live N2F state, or `undefined` when it still does:
 * a create whose record now exists, an update or removal whose record is gone or whose compared
 * fields changed since the plan was made. Follow-up updates complete a create of the same plan.
 */
export function driftOf(
  entry: PlanEntry<unknown>,
  live: ReadonlyMap<string, CanonicalRecord>,
  fields: readonly string[],
): string | undefined {
  const current = live.get(entry.key);
  if (entry.action === 'create')
    return current ? 'drifted: it was created in N2F since the plan' : undefined;
  if (entry.action === 'update' && entry.followUp) return undefined;
  if (!current) return 'drifted: it is no longer in N2F';
  const changed = fields.filter(
    (field) => !sameValue(current[field] ?? null, entry.before[field] ?? null),
  );
  return changed.length > 0
    ? `drifted: ${changed.join(', ')} changed in N2F since the plan`
    : undefined;
}
