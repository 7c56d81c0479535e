import { readFile } from 'node:fs/promises';
import type { FieldChange } from '@n2f/sync-core';
import * as v from 'valibot';
import { auditPath } from './run-factory.js';

/** One write of a run as its audit trail has it: the entity, the fields before and after, how it ended. */
export interface AuditLine {
  readonly time: string;
  readonly scope: string;
  readonly action: string;
  readonly key: string;
  readonly changes?: readonly FieldChange[] | undefined;
  readonly outcome: 'done' | 'refused' | 'failed' | 'skipped';
  readonly message?: string | undefined;
}

const value = v.union([v.string(), v.boolean(), v.null(), v.record(v.string(), v.string())]);
const lineSchema: v.GenericSchema<unknown, AuditLine> = v.object({
  time: v.string(),
  scope: v.string(),
  action: v.string(),
  key: v.string(),
  changes: v.optional(v.array(v.object({ field: v.string(), before: value, after: value }))),
  outcome: v.picklist(['done', 'refused', 'failed', 'skipped']),
  message: v.optional(v.string()),
});

/**
 * The writes of a run from its audit trail, in order; none for a run that wrote nothing (a dry run,
 * a plan). A line that does not parse is reported by `onWarning` and left out.
 */
export async function readAuditTrail(
  auditDir: string,
  runId: string,
  onWarning: (message: string) => void = () => undefined,
): Promise<AuditLine[]> {
  let text: string;
  try {
    text = await readFile(auditPath(auditDir, runId), 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw error;
  }
  const lines: AuditLine[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const parsed = v.safeParse(lineSchema, parseJson(line));
    if (parsed.success) lines.push(parsed.output);
    else onWarning(`audit trail of run ${runId}, line ${index + 1}: unreadable, left out`);
  }
  return lines;
}

// A line cut short by a crash is not JSON: it fails the schema like any bad line.
function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
