import type { GuardHold } from '../guard/delete-guard.js';
import type { PlanEntry, ScopePlan, UpdateEntry } from '../model/plan-types.js';

/**
 * A plan's writes in order: creates, the updates left once the mass-change guard took its held
 * fields out, then the deletes unless protected or held by the delete guard.
 */
export function entriesToSend(
  plan: ScopePlan,
  guard: GuardHold | undefined,
  updates: readonly UpdateEntry<unknown>[],
): PlanEntry<unknown>[] {
  const deletes = guard ? [] : plan.deletes.filter((entry) => !entry.protected);
  return [...plan.creates, ...updates, ...deletes];
}
