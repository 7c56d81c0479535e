import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOwnerOnlyFile } from './owner-only-file.js';

describe.skipIf(process.platform === 'win32')('writeOwnerOnlyFile', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'n2f-owner-only-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

  it('creates the file, and its folder, readable by its owner only', async () => {
    const path = join(dir, 'runs', 'plan.json');
    await writeOwnerOnlyFile(path, '{"scopes":[]}\n');
    expect(await readFile(path, 'utf8')).toBe('{"scopes":[]}\n');
    expect(await mode(path)).toBe(0o600);
  });

  it('narrows a file an older version left world-readable', async () => {
    const path = join(dir, 'plan.json');
    await writeFile(path, 'old');
    await chmod(path, 0o644);
    await writeOwnerOnlyFile(path, 'new');
    expect(await mode(path)).toBe(0o600);
    expect(await readFile(path, 'utf8')).toBe('new');
  });
});
