import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Only the owner may read or write (POSIX; on Windows the folder's ACLs apply). */
const OWNER_ONLY = 0o600;

/**
 * Writes `text` to `path` (its folder created if needed) readable by its owner only: the file
 * names people. A file an older version left wider is narrowed.
 */
export async function writeOwnerOnlyFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, { encoding: 'utf8', mode: OWNER_ONLY });
  await chmod(path, OWNER_ONLY);
}
