import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MetricsSnapshot } from './snapshot-types.js';

/** `metrics_YYYYMMDD_HHMMSS.json` for `at`, in UTC so that names sort and never repeat across a DST change. */
export function snapshotFileName(at: Date): string {
  const [date = '', time = ''] = at.toISOString().split('T');
  return `metrics_${date.replaceAll('-', '')}_${time.slice(0, 8).replaceAll(':', '')}.json`;
}

/** A snapshot names scopes and counts of the run's entities: only its owner may read it (POSIX). */
const OWNER_ONLY = 0o600;

/** Writes the snapshot as indented JSON under `dir` (created if needed), owner-only; returns the file's path. */
export async function writeSnapshotFile(
  dir: string,
  snapshot: MetricsSnapshot,
  at: Date,
  signal?: AbortSignal,
): Promise<string> {
  signal?.throwIfAborted();
  await mkdir(dir, { recursive: true });
  const path = join(dir, snapshotFileName(at));
  await writeFile(path, `${JSON.stringify(snapshot, null, 2)}\n`, {
    encoding: 'utf8',
    mode: OWNER_ONLY,
    ...(signal ? { signal } : {}),
  });
  // A file of the same second, left by another process, keeps its mode on a rewrite.
  await chmod(path, OWNER_ONLY);
  return path;
}
