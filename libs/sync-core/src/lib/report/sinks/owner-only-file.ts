import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Only the owner may read or write: every output names people (POSIX; Windows keeps its ACLs). */
const OWNER_ONLY = 0o600;

/** Writes `text` to `path` (its folder created if needed), owner-only; a wider older file is narrowed. */
export async function writeOwnerOnlyFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { encoding: 'utf8', mode: OWNER_ONLY });
  await chmod(path, OWNER_ONLY);
}

/** Creates `path` (and its folder) owner-only when missing, or narrows it, so appends stay private. */
export function ensureOwnerOnlyFileSync(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  closeSync(openSync(path, 'a', OWNER_ONLY));
  chmodSync(path, OWNER_ONLY);
}
