import * as v from 'valibot';
import { keyColumn } from './columns.js';
import type { ViewRows, ViewShape } from './view-shape.js';
import type { AgressoView, InvalidRow, SourceRecord } from './types.js';

/** Types one raw row (column name → value) of a view into a valid record or an invalid-row record. */
export function toRecord<V extends AgressoView>(
  shape: ViewShape<V>,
  rowNumber: number,
  raw: Readonly<Record<string, unknown>>,
): SourceRecord<ViewRows[V]> {
  const result = v.safeParse(shape.schema, raw, { abortEarly: true });
  if (result.success) return { valid: true, rowNumber, row: result.output as ViewRows[V] };
  const issue = result.issues[0];
  const column = String(issue.path?.[0]?.key ?? '');
  const value = raw[column];
  const reason = value === undefined && !(column in raw) ? 'the column is missing from this row' : issue.message;
  return { valid: false, rowNumber, invalid: invalidRow(shape.view, rowNumber, raw, { column, value, reason }) };
}

/** Builds an invalid-row record, adding the row's key (e-mail or code) when it is readable text. */
export function invalidRow(
  view: AgressoView,
  rowNumber: number,
  raw: Readonly<Record<string, unknown>>,
  problem: { column: string; value: unknown; reason: string },
): InvalidRow {
  const key = raw[keyColumn(view)];
  return {
    view,
    rowNumber,
    ...(typeof key === 'string' && key.trim() !== '' ? { key: key.trim() } : {}),
    ...problem,
  };
}
