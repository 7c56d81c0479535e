import type { FileDelimiter } from './csv-delimiter.js';
import { parseCsv, type CsvRecord } from './csv-parser.js';
import { readTextChunks, type TextFile } from './decode-file.js';
import { locateColumns, type ColumnPositions } from './file-columns.js';
import { throwIfAborted } from './abort.js';
import { fileError } from './file-errors.js';
import { invalidRow, toTextRecord } from './to-record.js';
import type { AgressoView, SourceRecord } from './types.js';
import type { ViewRows, ViewShape } from './view-shape.js';

/** A CSV export: its path, its encoding when it has no BOM, and its separator. */
export interface CsvFile extends TextFile {
  readonly delimiter: FileDelimiter;
}

/** Streams a CSV export of a view as records; the first record is the header. An empty file has no rows. */
export async function* readCsvRecords<V extends AgressoView>(
  shape: ViewShape<V>,
  file: CsvFile,
  signal?: AbortSignal,
): AsyncGenerator<SourceRecord<ViewRows[V]>> {
  let positions: { columns: ColumnPositions; width: number } | undefined;
  let rowNumber = 0;
  try {
    for await (const record of parseCsv(readTextChunks(file, signal), file.delimiter)) {
      if (positions === undefined) {
        positions = { columns: locateColumns(shape, record.fields, `file ${file.path}`), width: record.fields.length };
        continue;
      }
      throwIfAborted(signal, `Reading ${file.path}`);
      rowNumber += 1;
      yield csvRecord(shape, rowNumber, record, positions);
    }
  } catch (error) {
    throw fileError(error, shape.view, file.path);
  }
}

/** Reads a whole CSV export without keeping it: the header names every column, the text decodes, quotes close. */
export async function checkCsvFile(shape: ViewShape<AgressoView>, file: CsvFile, signal?: AbortSignal): Promise<void> {
  for await (const _record of readCsvRecords(shape, file, signal)) {
    // Only the read's failures matter here; invalid rows are reported by a run.
  }
}

function csvRecord<V extends AgressoView>(
  shape: ViewShape<V>,
  rowNumber: number,
  record: CsvRecord,
  header: { columns: ColumnPositions; width: number },
): SourceRecord<ViewRows[V]> {
  const raw: Record<string, string | null> = {};
  for (const [column, position] of header.columns) raw[column] = record.fields[position] ?? null;
  if (record.fields.length === header.width) return toTextRecord(shape, rowNumber, raw);
  // A ragged row usually means an unquoted comma or a cut line: its values cannot be trusted.
  const short = record.fields.length < header.width;
  const column = short
    ? (header.columns.find(([, position]) => position >= record.fields.length)?.[0] ?? '')
    : (header.columns.at(-1)?.[0] ?? '');
  const reason =
    `line ${record.line} has ${record.fields.length} fields but the header has ${header.width}` +
    (short ? '' : ' (an unquoted separator?)');
  const fix = short ? 'complete the line, or join it with the next one if a line break cut it' : 'put the value that holds the separator in double quotes';
  return { valid: false, rowNumber, invalid: invalidRow(shape.view, rowNumber, raw, { column, value: null, reason, fix }) };
}
