import { SourceError } from '@n2f/resilience';
import { VIEW_NAMES } from './columns.js';
import type { AgressoView } from './types.js';
import type { ViewShape } from './view-shape.js';

/** Where each view column sits in a file's header: `[column name, field index]` pairs. */
export type ColumnPositions = readonly (readonly [string, number])[];

/**
 * Finds every column of the view in a header (names trimmed, matched case-insensitively, as
 * SQL Server does); extra columns are ignored. Throws a `SourceError` naming the missing ones.
 */
export function locateColumns(
  shape: ViewShape<AgressoView>,
  header: readonly (string | null)[],
  path: string,
): ColumnPositions {
  const index = new Map<string, number>();
  header.forEach((name, position) => {
    const key = (name ?? '').trim().toLowerCase();
    if (key !== '' && !index.has(key)) index.set(key, position);
  });
  const positions: [string, number][] = [];
  const missing: string[] = [];
  for (const column of shape.columns) {
    const position = index.get(column.toLowerCase());
    if (position === undefined) missing.push(column);
    else positions.push([column, position]);
  }
  if (missing.length > 0) throw missingColumnsError(shape, path, missing);
  return positions;
}

/** The whole-source error for an export (or a query) that lacks columns of the view. */
export function missingColumnsError(shape: ViewShape<AgressoView>, where: string, missing: readonly string[]): SourceError {
  const names = missing.map((m) => `"${m}"`).join(', ');
  return new SourceError(
    `The ${shape.view} ${where} lacks the column${missing.length > 1 ? 's' : ''} ${names}. ` +
      `It must return every column of the view ${VIEW_NAMES[shape.view]}: ${shape.columns.join(', ')}.`,
    { context: { view: shape.view, where, missing } },
  );
}
