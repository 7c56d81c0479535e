import { channel } from 'node:diagnostics_channel';
import { isSyncError } from '@n2f/resilience';
import type { AgressoView, SourceRecord } from './types.js';

/** The message published on `agresso:query` once per read (shared contract with `@n2f/metrics`). */
export interface AgressoQueryMessage {
  name: AgressoView;
  source: 'mssql' | 'file';
  durationMs: number;
  rows: number;
  invalidRows: number;
  outcome: 'ok' | 'error';
  errorCode?: string;
}

/** The channel every source publishes its reads on. */
export const AGRESSO_QUERY_CHANNEL = 'agresso:query';
const queryChannel = channel(AGRESSO_QUERY_CHANNEL);

/** Passes the records through and publishes name, duration, counts and outcome when the read ends. */
export async function* instrumentRead<T>(
  name: AgressoView,
  source: 'mssql' | 'file',
  records: AsyncIterable<SourceRecord<T>>,
): AsyncGenerator<SourceRecord<T>> {
  const started = performance.now();
  let rows = 0;
  let invalidRows = 0;
  let errorCode: string | undefined;
  try {
    for await (const record of records) {
      rows += 1;
      if (!record.valid) invalidRows += 1;
      yield record;
    }
  } catch (error) {
    errorCode = isSyncError(error) ? error.code : 'SOURCE_FAILED';
    throw error;
  } finally {
    if (queryChannel.hasSubscribers) {
      const durationMs = performance.now() - started;
      const outcome = errorCode === undefined ? 'ok' : 'error';
      const message: AgressoQueryMessage = { name, source, durationMs, rows, invalidRows, outcome };
      queryChannel.publish(errorCode === undefined ? message : { ...message, errorCode });
    }
  }
}
