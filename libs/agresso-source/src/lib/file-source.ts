import { checkCsvHeader, readCsvRecords } from './csv-rows.js';
import { resolveFileSourceOptions, type FileSourceOptions } from './file-source-options.js';
import { loadJsonRows, readJsonRecords } from './json-rows.js';
import { instrumentRead } from './query-channel.js';
import type { AgressoView, ReadOptions, Source, SourceRecord } from './types.js';
import { viewShape, type ViewRows, type ViewShape } from './view-shape.js';

/**
 * A source over files exported from the two views: CSV (RFC 4180, streamed, UTF-8 with or
 * without BOM, exact column names in a header row) or JSON (an array of row objects).
 * Empty CSV cells are NULL; an empty file has no rows.
 * @example
 * const source = createFileSource({ users: 'users.csv', analytics: 'analytics.csv' });
 * for await (const record of source.readUsers()) if (record.valid) console.log(record.row.AdresseEmail);
 */
export function createFileSource(options: FileSourceOptions): Source {
  const { files, extraColumns } = resolveFileSourceOptions(options);
  const shapes = { users: viewShape('users', extraColumns.users), analytics: viewShape('analytics', extraColumns.analytics) };
  const read = <V extends AgressoView>(shape: ViewShape<V>, signal?: AbortSignal): AsyncIterable<SourceRecord<ViewRows[V]>> => {
    const { path, format } = files[shape.view];
    const records = format === 'csv' ? readCsvRecords(shape, path, signal) : readJsonRecords(shape, path, signal);
    return instrumentRead(shape.view, 'file', records);
  };
  const checkView = async (shape: ViewShape<AgressoView>, signal?: AbortSignal): Promise<void> => {
    const { path, format } = files[shape.view];
    if (format === 'csv') await checkCsvHeader(shape, path, signal);
    else await loadJsonRows(shape, path, signal);
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
