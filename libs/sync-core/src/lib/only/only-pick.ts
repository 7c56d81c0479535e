import type { SourceRecord } from '@n2f/agresso-source';
import type { PlanContext } from '../model/plan-context.js';
import type { AnyScope } from '../scopes/entity-synchronizer.js';
import { selectOnly, type OnlySelection } from './only-selection.js';

/** What `--only` picked in one scope: the keys asked for, the rows kept, and which keys N2F has. */
export interface OnlyPick {
  readonly wanted: ReadonlySet<string>;
  readonly selection: OnlySelection<unknown>;
  readonly inN2f: (key: string) => boolean;
}

/**
 * Keeps the source rows of the keys asked for (and of the records they need that N2F lacks). N2F
 * offers no read of one user or one axe value, so `target` is the scope's whole N2F list.
 */
export function pickOnly(
  scope: AnyScope,
  rows: readonly SourceRecord<unknown>[],
  target: readonly unknown[],
  context: PlanContext,
  wanted: ReadonlySet<string>,
): OnlyPick {
  const keys = new Set(target.map((raw) => scope.targetKey(raw, context)));
  const inN2f = (key: string): boolean => keys.has(key);
  const selection = selectOnly(rows, wanted, inN2f, {
    keyOf: (item) =>
      item.valid
        ? scope.rowKey(item.row, context)
        : (item.invalid.key?.trim().toLowerCase() ?? null),
    links: (row) => scope.linkedKeys(row),
  });
  return { wanted, selection, inN2f };
}
