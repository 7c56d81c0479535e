import { readFile } from 'node:fs/promises';
import { SourceError } from '@n2f/resilience';
import { decodeText, type TextFile } from './decode-file.js';
import { missingColumnsError } from './file-columns.js';
import { throwIfAborted } from './abort.js';
import { fileError } from './file-errors.js';
import { invalidRow, toRecord } from './to-record.js';
import type { AgressoView, SourceRecord } from './types.js';
import type { ViewRows, ViewShape } from './view-shape.js';

/**
 * Reads a JSON export of a view (an array of row objects, read whole) as records. Keys match the
 * column names case-insensitively; the first row must hold every column, like a CSV header.
 */
export async function* readJsonRecords<V extends AgressoView>(
  shape: ViewShape<V>,
  file: TextFile,
  signal?: AbortSignal,
): AsyncGenerator<SourceRecord<ViewRows[V]>> {
  const path = file.path;
  const rows = await loadJsonRows(shape, file, signal);
  const canonical = new Map(shape.columns.map((c) => [c.toLowerCase(), c]));
  for (const [index, item] of rows.entries()) {
    throwIfAborted(signal, `Reading ${path}`);
    yield jsonRecord(shape, index + 1, item, canonical);
  }
}

/** Loads the array and checks that its first row names every column of the view. */
export async function loadJsonRows(shape: ViewShape<AgressoView>, file: TextFile, signal?: AbortSignal): Promise<unknown[]> {
  const path = file.path;
  let data: unknown;
  try {
    const body = decodeText(file, await readFile(path, signal ? { signal } : {}));
    data = body.trim() === '' ? [] : JSON.parse(body);
  } catch (error) {
    throw fileError(error, shape.view, path);
  }
  if (!Array.isArray(data)) {
    const context = { view: shape.view, path };
    throw new SourceError(`The ${shape.view} file ${path} must hold a JSON array of row objects.`, { context });
  }
  const first: unknown = data[0];
  if (isObject(first)) {
    const keys = new Set(Object.keys(first).map((k) => k.toLowerCase()));
    const missing = shape.columns.filter((c) => !keys.has(c.toLowerCase()));
    if (missing.length > 0) throw missingColumnsError(shape, `file ${path}`, missing);
  }
  return data;
}

function jsonRecord<V extends AgressoView>(
  shape: ViewShape<V>,
  rowNumber: number,
  item: unknown,
  canonical: ReadonlyMap<string, string>,
): SourceRecord<ViewRows[V]> {
  if (!isObject(item)) {
    const problem = { column: '', value: item, reason: 'expected a row object', fix: 'give each item of the array as an object of columns' };
    return { valid: false, rowNumber, invalid: invalidRow(shape.view, rowNumber, {}, problem) };
  }
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const column = canonical.get(key.toLowerCase());
    if (column !== undefined && !(column in raw)) raw[column] = value;
  }
  return toRecord(shape, rowNumber, raw);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
