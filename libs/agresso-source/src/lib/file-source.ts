import { checkCsvFile, readCsvRecords, type CsvFile } from './csv-rows.js';
import { resolveFileSourceOptions, type FileSourceOptions } from './file-source-options.js';
import { loadJsonRows, readJsonRecords } from './json-rows.js';
import { instrumentRead } from './query-channel.js';
import type { AgressoView, ReadOptions, Source, SourceRecord } from './types.js';
import { viewShape, type ViewRows, type ViewShape } from './view-shape.js';

/**
 * A source over files exported from the two views: CSV (RFC 4180, streamed with csv-parse, `,`,
 * `;` or tab, the view's column names in a header row) or JSON (an array of row objects), in
 * UTF-8, windows-1252, latin1 or UTF-16LE (a BOM decides by itself; undecodable bytes fail the read).
 * Empty CSV cells are NULL; an empty file has no rows.
 * @example
 * const source = createFileSource({ users: 'users.csv', analytics: 'analytics.csv' });
 * for await (const record of source.readUsers()) if (record.valid) console.log(record.row.AdresseEmail);
 */
export function createFileSource(options: FileSourceOptions): Source {
  const { files, encoding, delimiter, extraColumns } = resolveFileSourceOptions(options);
  const shapes = { users: viewShape('users', 'file', extraColumns.users), analytics: viewShape('analytics', 'file', extraColumns.analytics) };
  const fileOf = (view: AgressoView): CsvFile => ({ view, path: files[view].path, encoding, delimiter });
  const read = <V extends AgressoView>(shape: ViewShape<V>, signal?: AbortSignal): AsyncIterable<SourceRecord<ViewRows[V]>> => {
    const file = fileOf(shape.view);
    const records = files[shape.view].format === 'csv' ? readCsvRecords(shape, file, signal) : readJsonRecords(shape, file, signal);
    return instrumentRead(shape.view, 'file', records);
  };
  const checkView = async (shape: ViewShape<AgressoView>, signal?: AbortSignal): Promise<void> => {
    if (files[shape.view].format === 'csv') await checkCsvFile(shape, fileOf(shape.view), signal);
    else await loadJsonRows(shape, fileOf(shape.view), signal);
  };
  return {
    kind: 'file',
    readUsers: (o: ReadOptions = {}) => read(shapes.users, o.signal),
    readAnalytics: (o: ReadOptions = {}) => read(shapes.analytics, o.signal),
    check: async (o: ReadOptions = {}) => {
      await checkView(shapes.users, o.signal);
      await checkView(shapes.analytics, o.signal);
    },
    // Files are opened per read and closed when it ends, so there is nothing left to release.
    close: () => Promise.resolve(),
  };
}
