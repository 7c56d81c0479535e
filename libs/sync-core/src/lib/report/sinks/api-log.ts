import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { RunEventSource } from '../../events/run-events.js';
import { csvLine } from './csv.js';
import { writeOwnerOnlyFile } from './owner-only-file.js';
import { onRunFinished, type RunSink } from './sink.js';

/** One N2F call as the API log records it (from the `n2f:request` channel). */
export interface ApiLogEntry {
  readonly time: string;
  readonly method: string;
  readonly route: string;
  readonly status: number | undefined;
  readonly durationMs: number;
  readonly attempt: number;
  readonly bucket: string;
  readonly outcome: string;
  readonly errorCode: string | undefined;
}

const COLUMNS = [
  'time',
  'method',
  'route',
  'status',
  'duration_ms',
  'attempt',
  'bucket',
  'outcome',
  'error_code',
];

/**
 * Records every N2F call of the run from the `n2f:request` channel (route templates only: no
 * mail, no code, no token) and writes them as CSV to `path`, owner-only, when the run finishes.
 * @example const log = attachApiLog(run, 'out/api.csv'); await run.start(); await log.written();
 */
export function attachApiLog(
  run: RunEventSource,
  path: string,
  now: () => Date = () => new Date(),
): RunSink {
  const entries: ApiLogEntry[] = [];
  const onMessage = (message: unknown): void => {
    entries.push(toEntry(message as Record<string, unknown>, now()));
  };
  subscribe('n2f:request', onMessage);
  return onRunFinished(
    run,
    () => writeOwnerOnlyFile(path, csvLine(COLUMNS) + entries.map(csvRow).join('')),
    () => void unsubscribe('n2f:request', onMessage),
  );
}

function csvRow(e: ApiLogEntry): string {
  return csvLine([
    e.time,
    e.method,
    e.route,
    e.status,
    e.durationMs.toFixed(1),
    e.attempt,
    e.bucket,
    e.outcome,
    e.errorCode,
  ]);
}

function toEntry(m: Record<string, unknown>, at: Date): ApiLogEntry {
  return {
    time: at.toISOString(),
    method: String(m['method'] ?? ''),
    route: String(m['route'] ?? ''),
    status: typeof m['status'] === 'number' ? m['status'] : undefined,
    durationMs: typeof m['durationMs'] === 'number' ? m['durationMs'] : 0,
    attempt: typeof m['attempt'] === 'number' ? m['attempt'] : 1,
    bucket: String(m['bucket'] ?? ''),
    outcome: String(m['outcome'] ?? ''),
    errorCode: typeof m['errorCode'] === 'string' ? m['errorCode'] : undefined,
  };
}
