import { checkCsvHeader, readCsvRecords } from './csv-rows.js';
import { resolveFileSourceOptions, type FileSourceOptions } from './file-source-options.js';
import { loadJsonRows, readJsonRecords } from './json-rows.js';
import { instrumentRead } from './query-channel.js';
import type { ViewRows } from './to-record.js';
import type { AgressoView, ReadOptions, Source, SourceRecord } from './types.js';

/**
 * A source over files exported from the two views: CSV (RFC 4180, streamed, UTF-8 with or
 * without BOM, exact column names in a header row) or JSON (an array of row objects).
 * Empty CSV cells are NULL; an empty file has no rows.
 * @example
 * const source = createFileSource({ users: 'users.csv', analytics: 'analytics.csv' });
 * for await (const record of source.readUsers()) if (record.valid) console.log(record.row.AdresseEmail);
 */
export function createFileSource(options: FileSourceOptions): Source {
  const files = resolveFileSourceOptions(options);
  const read = <V extends AgressoView>(view: V, signal?: AbortSignal): AsyncIterable<SourceRecord<ViewRows[V]>> => {
    const { path, format } = files[view];
    const records = format === 'csv' ? readCsvRecords(view, path, signal) : readJsonRecords(view, path, signal);
    return instrumentRead(view, 'file', records);
  };
  const checkView = async (view: AgressoView, signal?: AbortSignal): Promise<void> => {
    const { path, format } = files[view];
    if (format === 'csv') await checkCsvHeader(view, path, signal);
    else await loadJsonRows(view, path, signal);
  };
  return {
    kind: 'file',
    readUsers: (o: ReadOptions = {}) => read('users', o.signal),
    readAnalytics: (o: ReadOptions = {}) => read('analytics', o.signal),
    check: async (o: ReadOptions = {}) => {
      await checkView('users', o.signal);
      await checkView('analytics', o.signal);
    },
    // Files are opened per read and closed when it ends, so there is nothing left to release.
    close: () => Promise.resolve(),
  };
}
