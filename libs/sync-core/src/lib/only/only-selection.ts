import type { SourceRecord } from '@n2f/agresso-source';

/** The rows of a scope that `--only` keeps, and what it found for each key asked for. */
export interface OnlySelection<TRow> {
  readonly rows: SourceRecord<TRow>[];
  /** Keys asked for that have a source row (valid or not). */
  readonly found: ReadonlySet<string>;
  /** Keys added because a selected record points to them and N2F lacks them (missing managers), in the order found. */
  readonly added: readonly string[];
}

/** How the selection reads a scope's rows. */
export interface OnlyRules<TRow> {
  /** The key of a row (also of a row the source could not type), or `null` when unreadable. */
  readonly keyOf: (item: SourceRecord<TRow>) => string | null;
  /** Keys of other records of the scope a row points to (a user's manager). */
  readonly links: (row: TRow) => readonly string[];
}

/**
 * Keeps the rows of the keys asked for, then, transitively, the rows of the records they point to
 * that N2F does not have yet (a new hire's new manager), so those are created first. Records
 * N2F already has are not added: nothing but what was asked for (and what it needs) is touched.
 */
export function selectOnly<TRow>(
  rows: readonly SourceRecord<TRow>[],
  wanted: ReadonlySet<string>,
  inN2f: (key: string) => boolean,
  rules: OnlyRules<TRow>,
): OnlySelection<TRow> {
  const byKey = new Map<string, SourceRecord<TRow>[]>();
  for (const item of rows) {
    const key = rules.keyOf(item);
    if (key === null) continue;
    const same = byKey.get(key);
    if (same) same.push(item);
    else byKey.set(key, [item]);
  }
  const chosen = new Set([...wanted].filter((key) => byKey.has(key)));
  const added: string[] = [];
  const queue = [...chosen];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const item of byKey.get(key) ?? []) {
      if (!item.valid) continue;
      for (const link of rules.links(item.row)) {
        if (chosen.has(link) || inN2f(link) || !byKey.has(link)) continue;
        chosen.add(link);
        added.push(link);
        queue.push(link);
      }
    }
  }
  return {
    rows: rows.filter((item) => {
      const key = rules.keyOf(item);
      return key !== null && chosen.has(key);
    }),
    found: new Set([...wanted].filter((key) => byKey.has(key))),
    added,
  };
}
