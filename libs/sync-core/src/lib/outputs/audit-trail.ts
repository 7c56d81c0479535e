import { redact } from '@n2f/resilience';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Disposable } from '../run/event-emitter.js';
import type { SyncRun } from '../run/sync-run.js';

/**
 * Appends one JSON line per write of the run to `path`: time, run, scope, action, key, the changed
 * fields with before and after, the whole record before and after the write (what a revert
 * restores), outcome and message (secrets redacted). Each line is written as the write ends, so a
 * crash loses nothing that was sent.
 * @example const audit = createAuditTrail(run, 'out/audit.jsonl'); await run.start(); audit.dispose();
 */
export function createAuditTrail(
  run: SyncRun,
  path: string,
  now: () => Date = () => new Date(),
): Disposable {
  mkdirSync(dirname(path), { recursive: true });
  return run.onOperationDone((e) => {
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
}
