import type { SourceRecord } from '@n2f/agresso-source';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { ScopeRules } from './scope-rules.js';
import { fromInvalidRow, invalidValue, type InvalidRecord } from '../model/invalid-record.js';
import type { FieldFailure, PlanContext, PlanDraft } from './plan-context.js';
import { SEEN, UNMATCHED, type SourceKeyTracker } from './source-keys.js';
import type { TargetTable } from './target-index.js';

/** Rows rejected, and rows the scope's filter left out. */
export interface SourceTally {
  invalid: number;
  outOfScope: number;
}

/**
 * Canonicalises the scope's rows and hands each valid, first-seen record to `accept` with its N2F
 * record, if any; bad fields and second occurrences of a key go to `draft.invalid`; rows the
 * scope's filter leaves out are counted (their N2F records kept unless the filter says delete).
 */
export function collectSource<TRow, P>(
  scope: ScopeRules<TRow, unknown, unknown>,
  source: Iterable<SourceRecord<TRow>>,
  context: PlanContext,
  draft: PlanDraft<P, unknown> & { readonly target: TargetTable<unknown> },
  keys: SourceKeyTracker,
  accept: (key: string, record: CanonicalRecord, before: CanonicalRecord | undefined) => void,
): SourceTally {
  const failures: FieldFailure[] = [];
  const tally: SourceTally = { invalid: 0, outOfScope: 0 };
  const filter = context.options.filters.get(context.scope);
  for (const item of source) {
    if (!item.valid) {
      // Every scope of the view shields the key from removal; only the owner reports the row.
      const key = item.invalid.key;
      if (key !== undefined) draft.invalidKeys.add(key).add(key.toLowerCase());
      if (!scope.ownsInvalidRow(item.invalid)) continue;
      draft.invalid.push(fromInvalidRow(context.scope, item.invalid));
      tally.invalid += 1;
      continue;
    }
    if (!scope.accepts(item.row)) continue;
    if (filter && !filter.inScope(item.row as Readonly<Record<string, unknown>>)) {
      tally.outOfScope += 1;
      const key = filter.outOfScope === 'keep' ? scope.rowKey(item.row, context) : null;
      if (key !== null) draft.invalidKeys.add(key);
      continue;
    }
    failures.length = 0;
    const record = scope.canonicalSource(item.row, context, failures);
    if (record === undefined) {
      const key = scope.rowKey(item.row, context);
      for (const failure of failures)
        draft.invalid.push(fieldInvalid(context.scope, key, item.rowNumber, failure));
      if (key !== null) draft.invalidKeys.add(key);
      tally.invalid += 1;
      continue;
    }
    const key = scope.key(record);
    const slot = keys.add(key);
    if (slot === SEEN) {
      draft.invalid.push(duplicate(context.scope, key, item.rowNumber));
      tally.invalid += 1;
      continue;
    }
    accept(key, record, slot === UNMATCHED ? undefined : draft.target.recordAt(slot));
  }
  return tally;
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
