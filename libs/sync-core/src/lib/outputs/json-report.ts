import { redact } from '@n2f/resilience';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunReport } from '../run/report-types.js';

/** Writes the run report as indented JSON (secrets redacted), creating the folder if needed. */
export async function writeJsonReport(report: RunReport, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(redact(report), null, 2)}\n`, 'utf8');
}
