import type { SourceRecord } from '@n2f/agresso-source';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { ScopeRules } from './scope-rules.js';
import { fromInvalidRow, invalidValue, type InvalidRecord } from '../model/invalid-record.js';
import { heldWarning, KeyOccurrences, sharedKeyRecords, type Accepted } from './ambiguous-keys.js';
import type { FieldFailure, PlanContext, PlanDraft } from '../model/plan-context.js';
import { SEEN, UNMATCHED, type SourceKeyTracker } from './source-keys.js';
import type { TargetTable } from './target-index.js';

/** Rows rejected, and rows the scope's filter left out. */
export interface SourceTally {
  invalid: number;
  outOfScope: number;
}

/** What the plan does with a valid record (and undoes when its key turns out to be shared). */
export interface Acceptor {
  accept(key: string, record: CanonicalRecord, before: CanonicalRecord | undefined): Accepted;
  takeBack(key: string, accepted: Accepted): void;
}

/**
 * Canonicalises the scope's rows and hands each valid, first-seen record to `plan.accept` with its
 * N2F record, if any; bad fields go to `draft.invalid`. A key two or more rows share is taken back:
 * every occurrence is invalid and its N2F record is held. Rows the scope's filter leaves out are
 * counted (their N2F records kept unless the filter says delete).
 */
export function collectSource<TRow, P>(
  scope: ScopeRules<TRow, unknown, unknown>,
  source: Iterable<SourceRecord<TRow>>,
  context: PlanContext,
  draft: PlanDraft<P, unknown> & { readonly target: TargetTable<unknown> },
  keys: SourceKeyTracker,
  plan: Acceptor,
): SourceTally {
  const failures: FieldFailure[] = [];
  const occurrences = new KeyOccurrences();
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
      occurrences.again(key, item.rowNumber);
      continue;
    }
    const before = slot === UNMATCHED ? undefined : draft.target.recordAt(slot);
    occurrences.first(key, item.rowNumber, plan.accept(key, record, before));
  }
  tally.invalid += takeBackShared(occurrences, context, draft, plan);
  return tally;
}

// Row order must never decide what N2F holds: a shared key sends nothing and holds its record.
function takeBackShared<P>(
  occurrences: KeyOccurrences,
  context: PlanContext,
  draft: PlanDraft<P, unknown> & { readonly target: TargetTable<unknown> },
  plan: Acceptor,
): number {
  let rows = 0;
  for (const { key, rows: numbers, accepted } of occurrences.shared()) {
    plan.takeBack(key, accepted);
    draft.invalidKeys.add(key);
    const held = draft.target.has(key);
    draft.invalid.push(...sharedKeyRecords(context.scope, key, numbers, held));
    if (held) draft.warnings.push(heldWarning(key, numbers));
    rows += numbers.length;
  }
  return rows;
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
