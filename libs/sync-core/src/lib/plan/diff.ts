import { sameValue, type CanonicalRecord } from '../canonical/canonical-value.js';
import type { FieldChange } from '../model/plan-types.js';

/** The compared fields whose canonical values differ (a missing field is `null`). */
export function diffRecords(
  before: CanonicalRecord,
  after: CanonicalRecord,
  fields: readonly string[],
): FieldChange[] {
  let changes: FieldChange[] | undefined;
  for (const field of fields) {
    const was = before[field] ?? null;
    const wanted = after[field] ?? null;
    if (!sameValue(was, wanted)) (changes ??= []).push({ field, before: was, after: wanted });
  }
  return changes ?? NO_CHANGES;
}

const NO_CHANGES: FieldChange[] = [];
