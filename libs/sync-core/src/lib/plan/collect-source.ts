import type { SourceRecord } from '@n2f/agresso-source';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { EntitySynchronizer } from '../entity-synchronizer.js';
import { fromInvalidRow, invalidValue, type InvalidRecord } from '../model/invalid-record.js';
import type { FieldFailure, PlanContext } from './plan-context.js';

/** Valid source records by key, the rejected rows, and the keys of rejected rows. */
export interface CollectedSource {
  readonly records: Map<string, CanonicalRecord>;
  readonly invalid: InvalidRecord[];
  readonly invalidKeys: Set<string>;
  /** Distinct rejected rows. */
  readonly invalidRows: number;
}

/** Canonicalises the scope's rows; bad fields and second occurrences of a key are invalid. */
export function collectSource<TRow>(
  scope: EntitySynchronizer<TRow, unknown, unknown>,
  source: Iterable<SourceRecord<TRow>>,
  context: PlanContext,
): CollectedSource {
  const records = new Map<string, CanonicalRecord>();
  const invalid: InvalidRecord[] = [];
  const invalidKeys = new Set<string>();
  const failures: FieldFailure[] = [];
  let invalidRows = 0;
  for (const item of source) {
    if (!item.valid) {
      // Every scope of the view shields the key from removal; only the owner reports the row.
      if (item.invalid.key !== undefined)
        invalidKeys.add(item.invalid.key).add(item.invalid.key.toLowerCase());
      if (!scope.ownsInvalidRow(item.invalid)) continue;
      invalid.push(fromInvalidRow(context.scope, item.invalid));
      invalidRows += 1;
      continue;
    }
    if (!scope.accepts(item.row)) continue;
    failures.length = 0;
    const record = scope.canonicalSource(item.row, context, failures);
    if (record === undefined) {
      const key = scope.rowKey(item.row, context);
      for (const failure of failures)
        invalid.push(fieldInvalid(context.scope, key, item.rowNumber, failure));
      if (key !== null) invalidKeys.add(key);
      invalidRows += 1;
      continue;
    }
    const key = scope.key(record);
    if (records.has(key)) {
      invalid.push(duplicate(context.scope, key, item.rowNumber));
      invalidRows += 1;
      continue;
    }
    records.set(key, record);
  }
  return { records, invalid, invalidKeys, invalidRows };
}

function fieldInvalid(
  scope: string,
  key: string | null,
  rowNumber: number,
  failure: FieldFailure,
): InvalidRecord {
  return {
    scope,
    key,
    field: failure.field,
    column: failure.column,
    value: invalidValue(failure.value),
    problem: failure.failure.problem,
    fix: failure.failure.fix,
    rowNumber,
  };
}

function duplicate(scope: string, key: string, rowNumber: number): InvalidRecord {
  return {
    scope,
    key,
    field: 'key',
    column: null,
    value: key,
    problem: 'appears more than once in the source; this later occurrence is ignored',
    fix: 'keep a single row per key in the Agresso view',
    rowNumber,
  };
}
