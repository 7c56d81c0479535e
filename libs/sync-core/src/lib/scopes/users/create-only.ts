import type { CanonicalRecord } from '../../canonical/canonical-value.js';
import type { PlanDraft } from '../../model/plan-context.js';

/**
 * Gives every source record that is already in N2F the N2F values of the create-only fields, so
 * an update (which carries the full payload) never overwrites them; new records keep theirs.
 */
export function keepCreateOnlyValues<P>(
  draft: PlanDraft<P, unknown>,
  fields: readonly string[],
): void {
  if (fields.length === 0) return;
  for (const [key, record] of draft.source) {
    const before = draft.target.get(key);
    if (before !== undefined) draft.source.set(key, withValuesOf(record, before, fields));
  }
}

function withValuesOf(
  record: CanonicalRecord,
  before: CanonicalRecord,
  fields: readonly string[],
): CanonicalRecord {
  const kept = { ...record };
  for (const field of fields) kept[field] = before[field] ?? null;
  return kept;
}
