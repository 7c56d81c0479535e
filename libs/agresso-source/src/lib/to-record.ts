import * as v from 'valibot';
import { keyColumn } from './columns.js';
import { typeFix, typeName } from './row-fixes.js';
import { textProblem } from './text-checks.js';
import type { ViewRows, ViewShape } from './view-shape.js';
import type { AgressoView, InvalidRow, SourceRecord } from './types.js';

/** What is wrong with one field of a row. */
export interface FieldProblem {
  readonly column: string;
  readonly value: unknown;
  readonly reason: string;
  readonly fix: string;
}

/**
 * Types one raw row (column name → value) of a view into a valid record or an invalid-row record:
 * a value of the wrong type, text over the length limit or holding U+FFFD makes the row invalid.
 */
export function toRecord<V extends AgressoView>(
  shape: ViewShape<V>,
  rowNumber: number,
  raw: Readonly<Record<string, unknown>>,
): SourceRecord<ViewRows[V]> {
  const result = v.safeParse(shape.schema, raw, { abortEarly: true });
  const problem = result.success ? badText(shape, result.output) : typeProblem(shape, raw, result.issues[0]);
  if (problem !== undefined) return { valid: false, rowNumber, invalid: invalidRow(shape.view, rowNumber, raw, problem) };
  return { valid: true, rowNumber, row: result.output as ViewRows[V] };
}

/**
 * Types a row of CSV cells. Text or NULL fits every column kind as given, so only the text checks
 * apply: the same result as {@link toRecord}, without the schema's cost on the hot path of big exports.
 */
export function toTextRecord<V extends AgressoView>(
  shape: ViewShape<V>,
  rowNumber: number,
  raw: Readonly<Record<string, string | null>>,
): SourceRecord<ViewRows[V]> {
  const problem = badText(shape, raw);
  if (problem !== undefined) return { valid: false, rowNumber, invalid: invalidRow(shape.view, rowNumber, raw, problem) };
  return { valid: true, rowNumber, row: raw as unknown as ViewRows[V] };
}

function typeProblem(shape: ViewShape<AgressoView>, raw: Readonly<Record<string, unknown>>, issue: v.BaseIssue<unknown>): FieldProblem {
  const column = String(issue.path?.[0]?.key ?? '');
  const value = raw[column];
  if (value === undefined && !(column in raw)) {
    return { column, value: null, reason: 'the column is missing from this row', fix: `give every row the column ${column}` };
  }
  const kind = shape.kinds[column] ?? 'scalar';
  return { column, value, reason: `${issue.message}, got ${typeName(value)}`, fix: typeFix(shape.origin, kind, column) };
}

function badText(shape: ViewShape<AgressoView>, row: object): FieldProblem | undefined {
  const values = row as Readonly<Record<string, unknown>>;
  for (const column of shape.columns) {
    const value = values[column];
    const problem = typeof value === 'string' ? textProblem(value) : undefined;
    if (problem !== undefined) return { column, value, ...problem };
  }
  return undefined;
}

/** Builds an invalid-row record, adding the row's key (e-mail or code) when it is readable text. */
export function invalidRow(view: AgressoView, rowNumber: number, raw: Readonly<Record<string, unknown>>, problem: FieldProblem): InvalidRow {
  const key = raw[keyColumn(view)];
  return {
    view,
    rowNumber,
    ...(typeof key === 'string' && key.trim() !== '' && textProblem(key) === undefined ? { key: key.trim() } : {}),
    ...problem,
    value: preview(problem.value),
  };
}

const PREVIEW = 80;

/** A value short enough for a report line: long text cut with its length, binary data in hex. */
export function preview(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 2 * PREVIEW) return `${value.slice(0, PREVIEW)}… (${value.length} characters)`;
  if (value instanceof Uint8Array) {
    const hex = Buffer.from(value.subarray(0, 16)).toString('hex').toUpperCase();
    return `0x${hex}${value.length > 16 ? '…' : ''} (${value.length} bytes)`;
  }
  return value;
}
