import { createReadStream } from 'node:fs';
import { parseCsv, type CsvRecord } from './csv-parser.js';
import { locateColumns, type ColumnPositions } from './file-columns.js';
import { throwIfAborted } from './abort.js';
import { fileError } from './file-errors.js';
import { invalidRow, toRecord } from './to-record.js';
import type { AgressoView, SourceRecord } from './types.js';
import type { ViewRows, ViewShape } from './view-shape.js';

/** Streams a CSV export of a view as records; the first record is the header. An empty file has no rows. */
export async function* readCsvRecords<V extends AgressoView>(
  shape: ViewShape<V>,
  path: string,
  signal?: AbortSignal,
): AsyncGenerator<SourceRecord<ViewRows[V]>> {
  const stream = createReadStream(path, { encoding: 'utf8', ...(signal ? { signal } : {}) });
  let positions: { columns: ColumnPositions; width: number } | undefined;
  let rowNumber = 0;
  try {
    for await (const record of parseCsv(stream as AsyncIterable<string>)) {
      if (positions === undefined) {
        positions = { columns: locateColumns(shape, record.fields, `file ${path}`), width: record.fields.length };
        continue;
      }
      throwIfAborted(signal, `Reading ${path}`);
      rowNumber += 1;
      yield csvRecord(shape, rowNumber, record, positions);
    }
  } catch (error) {
    throw fileError(error, shape.view, path);
  } finally {
    stream.destroy();
  }
}

/** Reads only the header of a CSV export and checks it names every column of the view. */
export async function checkCsvHeader(shape: ViewShape<AgressoView>, path: string, signal?: AbortSignal): Promise<void> {
  const stream = createReadStream(path, { encoding: 'utf8', ...(signal ? { signal } : {}) });
  try {
    for await (const record of parseCsv(stream as AsyncIterable<string>)) {
      locateColumns(shape, record.fields, `file ${path}`);
      return;
    }
  } catch (error) {
    throw fileError(error, shape.view, path);
  } finally {
    stream.destroy();
  }
}

function csvRecord<V extends AgressoView>(
  shape: ViewShape<V>,
  rowNumber: number,
  record: CsvRecord,
  header: { columns: ColumnPositions; width: number },
): SourceRecord<ViewRows[V]> {
  const raw: Record<string, unknown> = {};
  for (const [column, position] of header.columns) raw[column] = record.fields[position] ?? null;
  if (record.fields.length === header.width) return toRecord(shape, rowNumber, raw);
  // A ragged row usually means an unquoted comma or a cut line: its values cannot be trusted.
  const short = record.fields.length < header.width;
  const column = short
    ? (header.columns.find(([, position]) => position >= record.fields.length)?.[0] ?? '')
    : (header.columns.at(-1)?.[0] ?? '');
  const reason =
    `line ${record.line} has ${record.fields.length} fields but the header has ${header.width}` +
    (short ? '' : ' (an unquoted comma?)');
  return { valid: false, rowNumber, invalid: invalidRow(shape.view, rowNumber, raw, { column, value: null, reason }) };
}
