import { AbortedError, SourceError } from '@n2f/resilience';
import { throwIfAborted } from './abort.js';
import { missingColumnsError } from './file-columns.js';
import { toSourceFailure, type QueryFacts } from './mssql-errors.js';
import type { ResolvedMssqlSourceOptions } from './mssql-options.js';
import type { PoolHandle } from './mssql-pool.js';
import { streamRows, type RawRow, type RowStream } from './row-stream.js';
import { loadSql } from './sql-files.js';
import { toRecord } from './to-record.js';
import type { AgressoView, SourceRecord } from './types.js';
import type { ViewRows, ViewShape } from './view-shape.js';

/** What a read needs from its source. */
export interface ReadContext {
  readonly options: ResolvedMssqlSourceOptions;
  readonly pools: PoolHandle;
}

interface OpenQuery {
  readonly stream: RowStream;
  readonly first: RawRow | undefined;
  readonly cancel: () => void;
  /** Driver column name → view column name, when some differ in case only. */
  readonly rename: ReadonlyMap<string, string> | undefined;
}

/**
 * Streams one view. Opening the query, up to its first row, runs under the retry policy; once a
 * row has been yielded, an error ends the read (rows are never replayed).
 */
export async function* readMssqlView<V extends AgressoView>(
  context: ReadContext,
  shape: ViewShape<V>,
  signal?: AbortSignal,
): AsyncGenerator<SourceRecord<ViewRows[V]>> {
  throwIfAborted(signal, `The ${shape.view} query`);
  const sqlFile = context.options.sqlFiles[shape.view];
  const sql = await loadSql(shape.view, sqlFile, signal);
  const facts = (rows: number): QueryFacts => queryFacts(context, shape.view, sqlFile, rows);
  const opened = await context.options.policy.execute(({ signal: attempt }) => openQuery(context, shape, sql, attempt, facts), signal);
  const onAbort = (): void => opened.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  let rowNumber = 0;
  try {
    for (let row = opened.first; row !== undefined; row = await nextRow(opened.stream, facts(rowNumber), signal)) {
      rowNumber += 1;
      yield toRecord(shape, rowNumber, opened.rename ? renamed(row, opened.rename) : row);
      throwIfAborted(signal, `The ${shape.view} query`);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await opened.stream.stop();
  }
}

async function nextRow(stream: RowStream, facts: QueryFacts, signal: AbortSignal | undefined): Promise<RawRow | undefined> {
  try {
    return await stream.next();
  } catch (error) {
    if (signal?.aborted) throw new AbortedError(`The ${facts.view} query was aborted.`, { cause: error });
    throw toSourceFailure(error, facts);
  }
}

/** One attempt: connect, send the query, wait for its first row (or its end) and check its columns. */
async function openQuery(
  context: ReadContext,
  shape: ViewShape<AgressoView>,
  sql: string,
  attempt: AbortSignal,
  facts: (rows: number) => QueryFacts,
): Promise<OpenQuery> {
  let stream: RowStream | undefined;
  try {
    const pool = await context.pools.acquire();
    throwIfAborted(attempt, `The ${shape.view} query`);
    const request = pool.request();
    const cancel = (): void => void request.cancel();
    attempt.addEventListener('abort', cancel, { once: true });
    stream = streamRows(request, sql);
    const first = await stream.next().finally(() => attempt.removeEventListener('abort', cancel));
    throwIfAborted(attempt, `The ${shape.view} query`);
    const rename = checkColumns(shape, stream.columns(), facts(0).sqlFile);
    return { stream, first, cancel, rename };
  } catch (error) {
    await stream?.stop();
    throw toSourceFailure(error, facts(0));
  }
}

/** Checks the result has every view column (any case, as SQL Server compares names); returns the renames needed. */
function checkColumns(
  shape: ViewShape<AgressoView>,
  columns: readonly string[] | undefined,
  sqlFile: string,
): ReadonlyMap<string, string> | undefined {
  if (columns === undefined) {
    throw new SourceError(`The ${shape.view} SQL file ${sqlFile} returned no result set: it must end with one SELECT.`, { context: { sqlFile } });
  }
  const byLowerCase = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const missing = shape.columns.filter((c) => !byLowerCase.has(c.toLowerCase()));
  if (missing.length > 0) throw missingColumnsError(shape, `query (SQL file ${sqlFile})`, missing);
  const rename = new Map<string, string>();
  for (const column of shape.columns) {
    const found = byLowerCase.get(column.toLowerCase());
    if (found !== undefined && found !== column) rename.set(found, column);
  }
  return rename.size > 0 ? rename : undefined;
}

function renamed(row: RawRow, rename: ReadonlyMap<string, string>): RawRow {
  const out: RawRow = {};
  for (const [key, value] of Object.entries(row)) out[rename.get(key) ?? key] = value;
  return out;
}

/** The facts an error message needs about a query of this source (no password). */
export function queryFacts(context: ReadContext, view: AgressoView, sqlFile: string, rows: number): QueryFacts {
  const { target, connection, credentialsHint } = context.options;
  const { connectionTimeoutMs, requestTimeoutMs } = connection;
  const loginError = context.pools.lastLoginError();
  return { view, sqlFile, target, connectionTimeoutMs, requestTimeoutMs, credentialsHint, rows, loginError };
}
