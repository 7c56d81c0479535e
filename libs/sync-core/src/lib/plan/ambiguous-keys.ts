import type { InvalidRecord } from '../model/invalid-record.js';
import type { PlanWarning } from '../model/plan-warning.js';

/** What became of a row the plan accepted, so it can be taken back when its key turns out shared. */
export type Accepted = 'create' | 'update' | 'unchanged' | 'skipped-create' | 'skipped-update' | 'kept';

/**
 * The rows of a scope by key, to find keys that two or more rows share after canonicalisation.
 * Row order must never decide what N2F holds: every occurrence is reported, none is sent, and
 * the N2F record with that key is held (neither updated nor removed).
 */
export class KeyOccurrences {
  readonly #first = new Map<string, { readonly row: number; readonly accepted: Accepted }>();
  readonly #shared = new Map<string, number[]>();

  /** The first row of `key` and what the plan did with it. */
  first(key: string, row: number, accepted: Accepted): void {
    this.#first.set(key, { row, accepted });
  }

  /** A later row of a key already seen. */
  again(key: string, row: number): void {
    const rows = this.#shared.get(key);
    if (rows !== undefined) rows.push(row);
    else this.#shared.set(key, [this.#first.get(key)?.row ?? 0, row]);
  }

  /** Each shared key with what its first row was accepted as, to take it back. */
  *shared(): Generator<{ readonly key: string; readonly rows: readonly number[]; readonly accepted: Accepted }> {
    for (const [key, rows] of this.#shared) yield { key, rows, accepted: this.#first.get(key)?.accepted ?? 'kept' };
  }
}

/** One invalid record per occurrence of a shared key, each naming the rows it clashes with. */
export function sharedKeyRecords(scope: string, key: string, rows: readonly number[], held: boolean): InvalidRecord[] {
  const outcome = held ? `the N2F record "${key}" is held (neither updated nor deleted) this run` : 'nothing is created for it';
  return rows.map((rowNumber) => ({
    scope,
    key,
    field: 'key',
    column: null,
    value: key,
    problem: `is the key of rows ${rows.join(', ')} (keys compared trimmed, e-mails in any case): none of them is sent and ${outcome}`,
    fix: 'keep one row per key in the Agresso view (the rows differ only by case or spaces, or repeat each other)',
    rowNumber,
  }));
}

/** The warning that an N2F record is held because its key is ambiguous in the source. */
export function heldWarning(key: string, rows: readonly number[]): PlanWarning {
  return { code: 'AMBIGUOUS_SOURCE_KEY', key, message: `"${key}" is held: rows ${rows.join(', ')} of the source share its key` };
}
