import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { writeFile } from 'node:fs/promises';
import { csvLine } from './csv.js';

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

/** Collects every N2F call while attached and writes them as CSV. */
export interface ApiLog {
  attach(): { dispose(): void };
  entries(): readonly ApiLogEntry[];
  writeCsv(path: string): Promise<void>;
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
 * Records the `n2f:request` channel into an API log (route templates only: no mail, no code, no token).
 * @example const log = createApiLog(); const sub = log.attach(); …; sub.dispose(); await log.writeCsv('api.csv');
 */
export function createApiLog(now: () => Date = () => new Date()): ApiLog {
  const entries: ApiLogEntry[] = [];
  const onMessage = (message: unknown): void => {
    entries.push(toEntry(message as Record<string, unknown>, now()));
  };
  return {
    attach() {
      subscribe('n2f:request', onMessage);
      return { dispose: () => void unsubscribe('n2f:request', onMessage) };
    },
    entries: () => entries,
    async writeCsv(path) {
      const rows = entries.map((e) =>
        csvLine([
          e.time,
          e.method,
          e.route,
          e.status,
          e.durationMs.toFixed(1),
          e.attempt,
          e.bucket,
          e.outcome,
          e.errorCode,
        ]),
      );
      await writeFile(path, csvLine(COLUMNS) + rows.join(''), 'utf8');
    },
  };
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
