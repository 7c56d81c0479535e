import { redact } from '@n2f/resilience';
import { appendFileSync } from 'node:fs';
import type { RunEventSource } from '../../events/run-events.js';
import { ensureOwnerOnlyFileSync } from './owner-only-file.js';
import { onRunFinished, type RunSink } from './sink.js';

/**
 * Appends one JSON line per write of the run to `path`: time, run, scope, action, key, the changed
 * fields with before and after, the whole record before and after the write (what a revert
 * restores), outcome and message (secrets redacted). Each line is on disk before the next write
 * is sent, so a crash loses nothing that was sent. The file is owner-only.
 * @example const audit = attachAuditTrail(run, 'out/audit.jsonl'); await run.start(); audit.dispose();
 */
export function attachAuditTrail(
  run: RunEventSource,
  path: string,
  now: () => Date = () => new Date(),
): RunSink {
  ensureOwnerOnlyFileSync(path);
  const lines = run.onOperationDone((e) => {
    const line = {
      time: now().toISOString(),
      runId: e.runId,
      scope: e.scope,
      action: e.action,
      key: e.key,
      changes: e.changes,
      before: e.before,
      after: e.after,
      outcome: e.outcome,
      ...(e.message ? { message: e.message } : {}),
    };
    appendFileSync(path, `${JSON.stringify(redact(line))}\n`, 'utf8');
  });
  return onRunFinished(
    run,
    () => Promise.resolve(),
    () => lines.dispose(),
  );
}
