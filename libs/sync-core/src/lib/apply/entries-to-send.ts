import type { GuardHold } from '../guard/delete-guard.js';
import type { PlanEntry, ScopePlan } from '../plan/plan-types.js';

/** A plan's writes in order: creates, updates, then the deletes unless protected or held by the guard. */
export function entriesToSend(plan: ScopePlan, guard: GuardHold | undefined): PlanEntry<unknown>[] {
  const deletes = guard ? [] : plan.deletes.filter((entry) => !entry.protected);
  return [...plan.creates, ...plan.updates, ...deletes];
}
