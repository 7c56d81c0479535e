import type { CanonicalRecord, CanonicalValue } from '../canonical/canonical-value.js';
import type { UpdateEntry } from '../model/plan-types.js';

/** The updates left to send once held fields are taken out, and how many were held whole. */
export interface HeldFieldsResult<P> {
  readonly send: readonly UpdateEntry<P>[];
  /** Updates that changed nothing but held fields: not sent at all. */
  readonly held: number;
}

/**
 * Takes the held fields out of each update (they keep their N2F value): an update that changed
 * other fields too still goes, with its payload rebuilt by `rebuild`; one that changed only held
 * fields is not sent. Follow-ups are left as they are.
 */
export function withoutHeldFields<P>(
  updates: readonly UpdateEntry<P>[],
  heldFields: ReadonlySet<string>,
  rebuild: (record: CanonicalRecord) => P,
): HeldFieldsResult<P> {
  if (heldFields.size === 0) return { send: updates, held: 0 };
  const send: UpdateEntry<P>[] = [];
  let held = 0;
  for (const entry of updates) {
    const kept = entry.followUp
      ? entry.changes
      : entry.changes.filter((change) => !heldFields.has(change.field));
    if (kept.length === entry.changes.length) send.push(entry);
    else if (kept.length === 0) held += 1;
    else send.push(trimmed(entry, kept, heldFields, rebuild));
  }
  return { send, held };
}

function trimmed<P>(
  entry: UpdateEntry<P>,
  kept: UpdateEntry<P>['changes'],
  heldFields: ReadonlySet<string>,
  rebuild: (record: CanonicalRecord) => P,
): UpdateEntry<P> {
  const after: Record<string, CanonicalValue> = { ...entry.after };
  for (const change of entry.changes)
    if (heldFields.has(change.field)) after[change.field] = change.before;
  return { ...entry, after, changes: kept, payload: rebuild(after) };
}
