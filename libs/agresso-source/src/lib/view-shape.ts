import type * as v from 'valibot';
import { viewColumnKinds, type ColumnKind } from './columns.js';
import type { RowOrigin } from './row-fixes.js';
import { rowSchema } from './row-schemas.js';
import type { AgressoAnalyticsRow, AgressoUserRow, AgressoView } from './types.js';

/** The row type of each view. */
export interface ViewRows {
  users: AgressoUserRow;
  analytics: AgressoAnalyticsRow;
}

/** Extra columns a caller wants kept, beyond the standard view (e.g. for a mapping override). */
export type ExtraColumns = Readonly<Partial<Record<AgressoView, readonly string[]>>>;

/** What a source expects of one view: its required columns (standard then extra), their kinds, the schema typing a row. */
export interface ViewShape<V extends AgressoView> {
  readonly view: V;
  readonly origin: RowOrigin;
  readonly columns: readonly string[];
  readonly kinds: Readonly<Record<string, ColumnKind>>;
  readonly schema: v.GenericSchema<unknown, ViewRows[V]>;
}

/** Builds the shape of a view read from `origin`; extra columns are required like the others and kept as given. */
export function viewShape<V extends AgressoView>(view: V, origin: RowOrigin, extra: readonly string[] = []): ViewShape<V> {
  const kinds: Record<string, ColumnKind> = { ...viewColumnKinds(view) };
  for (const column of extra) kinds[column] ??= 'scalar';
  return { view, origin, columns: Object.keys(kinds), kinds, schema: rowSchema<ViewRows[V]>(kinds) };
}
