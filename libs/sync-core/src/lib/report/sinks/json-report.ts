import { redact } from '@n2f/resilience';
import type { RunEventSource } from '../../events/run-events.js';
import { writeOwnerOnlyFile } from './owner-only-file.js';
import { onRunFinished, type RunSink } from './sink.js';

/**
 * Writes the run report as indented JSON (secrets redacted) when the run finishes, creating the
 * folder if needed; the file is owner-only (0600 on POSIX).
 * @example const report = attachJsonReport(run, 'out/report.json'); await run.start(); await report.written();
 */
export function attachJsonReport(run: RunEventSource, path: string): RunSink {
  return onRunFinished(run, (report) =>
    writeOwnerOnlyFile(path, `${JSON.stringify(redact(report), null, 2)}\n`),
  );
}
