import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './run.js';

export const workspaceRoot = join(import.meta.dirname, '../../../..');

/** A packed workspace package. */
export interface Tarball {
  readonly name: string;
  readonly version: string;
  readonly path: string;
  readonly files: readonly string[];
}

/** The workspace packages that are not private: every one of them is published. */
export async function publishableFolders(): Promise<string[]> {
  const folders: string[] = [];
  for (const group of ['libs', 'apps']) {
    for (const entry of await readdir(join(workspaceRoot, group))) {
      const manifest = JSON.parse(
        await readFile(join(workspaceRoot, group, entry, 'package.json'), 'utf8'),
      ) as { private?: boolean };
      if (manifest.private !== true) folders.push(`${group}/${entry}`);
    }
  }
  return folders;
}

/** Packs the built packages (their dist is reused, nothing is rebuilt) into `destination`. */
export async function packAll(folders: readonly string[], destination: string): Promise<Tarball[]> {
  const workspaces = folders.flatMap((folder) => ['-w', folder]);
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--pack-destination', destination, ...workspaces],
    { cwd: workspaceRoot },
  );
  const packed = JSON.parse(stdout) as {
    name: string;
    version: string;
    filename: string;
    files: { path: string }[];
  }[];
  return packed.map((p) => ({
    name: p.name,
    version: p.version,
    path: join(destination, p.filename),
    files: p.files.map((f) => f.path),
  }));
}
