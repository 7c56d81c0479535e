import { readFile } from 'node:fs/promises';
import { SourceError } from '@n2f/resilience';
import { viewColumns } from './columns.js';
import { missingColumnsError } from './file-columns.js';
import { fileError, throwIfAborted } from './file-errors.js';
import { invalidRow, toRecord, type ViewRows } from './to-record.js';
import type { AgressoView, SourceRecord } from './types.js';

/**
 * Reads a JSON export of a view (an array of row objects, read whole) as records. Keys match the
 * column names case-insensitively; the first row must hold every column, like a CSV header.
 */
export async function* readJsonRecords<V extends AgressoView>(
  view: V,
  path: string,
  signal?: AbortSignal,
): AsyncGenerator<SourceRecord<ViewRows[V]>> {
  const rows = await loadJsonRows(view, path, signal);
  const canonical = new Map(viewColumns(view).map((c) => [c.toLowerCase(), c]));
  for (const [index, item] of rows.entries()) {
    throwIfAborted(signal, `Reading ${path}`);
    yield jsonRecord(view, index + 1, item, canonical);
  }
}

/** Loads the array and checks that its first row names every column of the view. */
export async function loadJsonRows(view: AgressoView, path: string, signal?: AbortSignal): Promise<unknown[]> {
  let data: unknown;
  try {
    const text = await readFile(path, { encoding: 'utf8', ...(signal ? { signal } : {}) });
    const body = text.replace(/^\uFEFF/, '');
    data = body.trim() === '' ? [] : JSON.parse(body);
  } catch (error) {
    throw fileError(error, view, path);
  }
  if (!Array.isArray(data)) {
    throw new SourceError(`The ${view} file ${path} must hold a JSON array of row objects.`, { context: { view, path } });
  }
  const first: unknown = data[0];
  if (isObject(first)) {
    const keys = new Set(Object.keys(first).map((k) => k.toLowerCase()));
    const missing = viewColumns(view).filter((c) => !keys.has(c.toLowerCase()));
    if (missing.length > 0) throw missingColumnsError(view, path, missing);
  }
  return data;
}

function jsonRecord<V extends AgressoView>(
  view: V,
  rowNumber: number,
  item: unknown,
  canonical: ReadonlyMap<string, string>,
): SourceRecord<ViewRows[V]> {
  if (!isObject(item)) {
    const problem = { column: '', value: item, reason: 'expected a row object' };
    return { valid: false, rowNumber, invalid: invalidRow(view, rowNumber, {}, problem) };
  }
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const column = canonical.get(key.toLowerCase());
    if (column !== undefined && !(column in raw)) raw[column] = value;
  }
  return toRecord(view, rowNumber, raw);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
