import { redact } from '@n2f/resilience';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunEventSource } from '../../run/sync-run.js';
import { onRunFinished, type RunSink } from './sink.js';

/**
 * Writes the run report as indented JSON (secrets redacted) when the run finishes, creating the
 * folder if needed.
 * @example const report = attachJsonReport(run, 'out/report.json'); await run.start(); await report.written();
 */
export function attachJsonReport(run: RunEventSource, path: string): RunSink {
  return onRunFinished(run, async (report) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(redact(report), null, 2)}\n`, 'utf8');
  });
}
