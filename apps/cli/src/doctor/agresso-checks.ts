import type { Source, SourceRecord } from '@n2f/agresso-source';
import { CheckFailure, runCheck, type CheckResult } from './check.js';

/** Connectivity, then each view read to the end: rows, invalid rows, first problem. */
export async function agressoChecks(source: Source, signal: AbortSignal): Promise<CheckResult[]> {
  const connection = await runCheck('Agresso connection', async () => {
    await source.check({ signal });
    return source.kind === 'mssql' ? 'connected to SQL Server' : 'both export files found with the expected columns';
  });
  if (!connection.ok) return [connection];
  return [
    connection,
    await runCheck('Agresso users query', () => countRows(source.readUsers({ signal }), 'users')),
    await runCheck('Agresso analytics query', () => countRows(source.readAnalytics({ signal }), 'analytics')),
  ];
}

async function countRows(records: AsyncIterable<SourceRecord<unknown>>, view: string): Promise<string> {
  let valid = 0;
  let invalid = 0;
  let first: string | undefined;
  for await (const record of records) {
    if (record.valid) valid++;
    else {
      invalid++;
      first ??= `row ${record.rowNumber}, ${record.invalid.column}: ${record.invalid.reason}`;
    }
  }
  if (valid + invalid === 0) throw new CheckFailure(`the ${view} view returned no rows`, 'check the query and its filters; an empty source holds deletes back');
  return `${valid + invalid} rows${invalid > 0 ? `, ${invalid} not readable (first: ${first ?? ''})` : ''}`;
}
