import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Driver } from 'unstorage';
import fsDriver from 'unstorage/drivers/fs';

/** Files only their owner can read or write (POSIX; Windows keeps its own ACLs). */
const FILE_MODE = 0o600;
/** A directory only its owner can list or enter. */
const DIR_MODE = 0o700;

/**
 * unstorage's fs driver, owner-only: entries hold e-mail addresses, so the cache directory is
 * made 0700 before the first write and every entry is written 0600 (a file an older version left
 * wider is narrowed when it is written again). Reads, listing and removal are the driver's own.
 */
export function ownerOnlyFsDriver(dir: string): Driver {
  const base = resolve(dir);
  const driver = fsDriver({ base });
  let ready: Promise<void> | undefined;
  const prepare = (): Promise<void> =>
    (ready ??= mkdir(base, { recursive: true, mode: DIR_MODE }).then(() => chmod(base, DIR_MODE)));
  const write = async (key: string, value: string | Uint8Array): Promise<void> => {
    await prepare();
    // The driver's own layout: `:` separates directories.
    const path = join(base, ...key.split(':'));
    await mkdir(dirname(path), { recursive: true, mode: DIR_MODE });
    await writeFile(path, value, { mode: FILE_MODE });
    await chmod(path, FILE_MODE);
  };
  return { ...driver, setItem: write, setItemRaw: write };
}
