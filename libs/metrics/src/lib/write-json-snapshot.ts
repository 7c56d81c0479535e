import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MetricsSnapshot } from './snapshot-types.js';

/** `metrics_YYYYMMDD_HHMMSS.json` for `at`, in UTC so that names sort and never repeat across a DST change. */
export function snapshotFileName(at: Date): string {
  const [date = '', time = ''] = at.toISOString().split('T');
  return `metrics_${date.replaceAll('-', '')}_${time.slice(0, 8).replaceAll(':', '')}.json`;
}

/** Writes the snapshot as indented JSON under `dir` (created if needed); returns the file's path. */
export async function writeSnapshotFile(
  dir: string,
  snapshot: MetricsSnapshot,
  at: Date,
  signal?: AbortSignal,
): Promise<string> {
  signal?.throwIfAborted();
  await mkdir(dir, { recursive: true });
  const path = join(dir, snapshotFileName(at));
  await writeFile(
    path,
    `${JSON.stringify(snapshot, null, 2)}\n`,
    signal ? { encoding: 'utf8', signal } : 'utf8',
  );
  return path;
}
