import { redact } from '@n2f/resilience';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RunEventSource } from '../../run/sync-run.js';
import { onRunFinished, type RunSink } from './sink.js';

/**
 * Appends one JSON line per write of the run to `path`: time, run, scope, action, key, the changed
 * fields with before and after, the whole record before and after the write (what a revert
 * restores), outcome and message (secrets redacted). Each line is on disk before the next write
 * is sent, so a crash loses nothing that was sent.
 * @example const audit = attachAuditTrail(run, 'out/audit.jsonl'); await run.start(); audit.dispose();
 */
export function attachAuditTrail(
  run: RunEventSource,
  path: string,
  now: () => Date = () => new Date(),
): RunSink {
  mkdirSync(dirname(path), { recursive: true });
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
