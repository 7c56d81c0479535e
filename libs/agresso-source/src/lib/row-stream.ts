import { SourceError } from '@n2f/resilience';
import type { Request } from 'mssql';

/** A raw row as the driver gives it: column name → value. */
export type RawRow = Record<string, unknown>;

/** Pulls the rows of one streamed query, one at a time, pausing the driver when the consumer lags. */
export interface RowStream {
  /** Column names of the result set, once its metadata has arrived. */
  columns(): readonly string[] | undefined;
  /** The next row, `undefined` at the end; throws the driver's error once the rows before it are taken. */
  next(): Promise<RawRow | undefined>;
  /** Stops the query (if still running) and waits until the driver has let go of the connection. */
  stop(): Promise<void>;
}

/** Rows buffered before the driver is paused; it resumes once the buffer is half empty. */
const HIGH_WATER_MARK = 1024;

/** Runs `sql` on `request` in stream mode; memory stays flat however many rows the query returns. */
export function streamRows(request: Request, sql: string): RowStream {
  let queue: RawRow[] = [];
  let head = 0;
  let columns: string[] | undefined;
  let failure: { error: unknown } | undefined;
  let done = false;
  let paused = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const event = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  request.stream = true;
  request.on('recordset', (meta: Record<string, unknown>) => {
    // One result set is the contract of the SQL files; a second one would mix rows of another shape.
    if (columns !== undefined) fail(new SourceError('The query returned more than one result set: a SQL file must hold one SELECT.'));
    columns ??= Object.keys(meta);
  });
  request.on('row', (row: RawRow) => {
    queue.push(row);
    if (!paused && queue.length - head >= HIGH_WATER_MARK) paused = request.pause();
    notify();
  });
  request.on('error', (error: unknown) => fail(error));
  request.on('done', () => {
    done = true;
    notify();
  });
  function fail(error: unknown): void {
    failure ??= { error };
    request.cancel();
    notify();
  }
  request.query(sql, () => undefined); // the events above carry rows and outcome

  const take = (): RawRow | undefined => {
    const row = queue[head];
    head += 1;
    // Drop taken rows now and then, so the buffer never holds more than about two marks of rows.
    if (head >= HIGH_WATER_MARK) [queue, head] = [queue.slice(head), 0];
    if (paused && queue.length - head <= HIGH_WATER_MARK / 2) paused = !request.resume();
    return row;
  };
  return {
    columns: () => columns,
    async next() {
      for (;;) {
        if (head < queue.length) return take();
        if (failure) throw failure.error;
        if (done) return undefined;
        await event();
      }
    },
    async stop() {
      if (done) return;
      request.cancel();
      while (!done) await event();
    },
  };
}
