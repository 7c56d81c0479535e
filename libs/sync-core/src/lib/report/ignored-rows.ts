import type { AgressoView } from '@n2f/agresso-source';

/** Valid source rows no scope of the run took, once per view and routing value (e.g. `typ 'FOO'`). */
export interface IgnoredRows {
  readonly view: AgressoView;
  /** What routes these rows to a scope, e.g. `typ 'FOO'` or `typ NULL`. */
  readonly value: string;
  readonly rows: number;
}

/**
 * Tallies, per view, the valid rows that no scope of the run takes, so every row is accounted
 * for: read = planned + invalid + ignored. A row counts once, whatever the number of scopes.
 */
export class IgnoredRowsTally {
  readonly #views = new Map<AgressoView, { readonly taken: Set<number>; readonly left: Map<number, string> }>();

  /** Notes whether a scope took a valid row of its view; `value` names what routed it. */
  note(view: AgressoView, rowNumber: number, taken: boolean, value: () => string): void {
    let rows = this.#views.get(view);
    if (rows === undefined) this.#views.set(view, (rows = { taken: new Set(), left: new Map() }));
    if (taken) {
      rows.taken.add(rowNumber);
      rows.left.delete(rowNumber);
    } else if (!rows.taken.has(rowNumber) && !rows.left.has(rowNumber)) rows.left.set(rowNumber, value());
  }

  /** The rows left untaken, one entry per view and value, in the order first met. */
  result(): IgnoredRows[] {
    const out: IgnoredRows[] = [];
    for (const [view, { left }] of this.#views) {
      const counts = new Map<string, number>();
      for (const value of left.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
      for (const [value, rows] of counts) out.push({ view, value, rows });
    }
    return out;
  }
}
