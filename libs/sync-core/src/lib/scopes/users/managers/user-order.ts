import type { CanonicalRecord } from '../../../canonical/canonical-value.js';
import { orderByParent } from './manager-order.js';
import type { PlanDraft } from '../../../model/plan-context.js';
import type { CreateEntry, UpdateEntry } from '../../../model/plan-types.js';

const managerOf = (record: CanonicalRecord | undefined): string | null => {
  const manager = record?.['managerMail'];
  return typeof manager === 'string' ? manager : null;
};

/**
 * Orders user creates manager-first; a cycle of new users is broken by creating its first member
 * without manager, then linking it in a follow-up update (with a warning naming the cycle).
 * Deletes are ordered reports first, so nobody is deleted while still managing someone deleted.
 */
export function orderUsers<P>(
  draft: PlanDraft<P, unknown>,
  buildPayload: (record: CanonicalRecord) => P,
): void {
  const creates = new Map(draft.creates.map((entry) => [entry.key, entry]));
  const { order, cycles } = orderByParent([...creates.keys()], (key) =>
    managerOf(creates.get(key)?.after),
  );
  const followUps: UpdateEntry<P>[] = [];
  for (const cycle of cycles) {
    const [first] = cycle;
    const entry = first === undefined ? undefined : creates.get(first);
    if (entry === undefined) continue;
    const created = { ...entry.after, managerMail: null };
    creates.set(entry.key, { ...entry, after: created, payload: buildPayload(created) });
    followUps.push({
      action: 'update',
      key: entry.key,
      before: created,
      after: entry.after,
      changes: [{ field: 'managerMail', before: null, after: entry.after['managerMail'] ?? null }],
      payload: entry.payload,
      followUp: true,
    });
    draft.warnings.push({
      code: 'MANAGER_CYCLE',
      key: entry.key,
      message: `manager cycle ${[...cycle, entry.key].join(' → ')} (each reports to the next): ${entry.key} is created without manager, then linked`,
    });
  }
  draft.creates = order
    .map((key) => creates.get(key))
    .filter((entry): entry is CreateEntry<P> => entry !== undefined);
  for (const followUp of followUps) draft.updates.push(followUp);
  const deletes = new Map(draft.deletes.map((entry) => [entry.key, entry]));
  const deleteOrder = orderByParent([...deletes.keys()], (key) =>
    managerOf(deletes.get(key)?.before),
  ).order;
  draft.deletes = [...deleteOrder].reverse().flatMap((key) => deletes.get(key) ?? []);
}
