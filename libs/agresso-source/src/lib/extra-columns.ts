import { ConfigurationError } from '@n2f/resilience';
import type { AgressoView } from './types.js';
import type { ExtraColumns } from './view-shape.js';

/** Checks the `extraColumns` option (names must be non-empty strings) and fills both views. */
export function resolveExtraColumns(extra: ExtraColumns | undefined): Readonly<Record<AgressoView, readonly string[]>> {
  const resolved = { users: extra?.users ?? [], analytics: extra?.analytics ?? [] };
  for (const [view, columns] of Object.entries(resolved)) {
    if (!Array.isArray(columns) || columns.some((c) => typeof c !== 'string' || c.trim() === '')) {
      throw new ConfigurationError(`extraColumns.${view}`, 'must be a list of column names', 'e.g. { users: ["Fonction2"] }');
    }
  }
  return resolved;
}
