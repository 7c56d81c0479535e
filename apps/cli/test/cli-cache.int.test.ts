import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCache } from '@n2f/cache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import { CACHE_KEY } from './helpers/workspace.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'n2f-cli-cache-'));
  await writeFile(join(dir, 'n2f-sync.config.json'), JSON.stringify({ cache: { dir: 'store' } }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seed(keys: string[]): Promise<void> {
  const cache = createCache({ driver: { type: 'fs', dir: join(dir, 'store') }, namespace: 'references', encryptionKey: CACHE_KEY });
  for (const key of keys) await cache.set(key, { seeded: key });
  await cache.dispose();
}

const env = { N2F_CACHE_KEY: CACHE_KEY };

describe('n2f-sync cache', () => {
  it('needs neither secrets nor agresso, and shows stats as text or JSON', async () => {
    await seed(['companies', 'roles', 'axes:BE10', 'axes:NL20']);
    const text = await runCli(['cache', 'stats'], { cwd: dir, env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^references: 4 entries, \d+ bytes\n {2}axes:BE10\n {2}axes:NL20\n {2}companies\n {2}roles\nrun-state: 0 entries, 0 bytes\n$/);
    const json = await runCli(['cache', 'stats', '--json'], { cwd: dir, env });
    expect(JSON.parse(json.stdout)).toEqual([
      { namespace: 'references', entries: 4, bytes: expect.any(Number) as number, keys: ['axes:BE10', 'axes:NL20', 'companies', 'roles'] },
      { namespace: 'run-state', entries: 0, bytes: 0, keys: [] },
    ]);
  });

  it('invalidates by pattern and clears (legacy Q17: the flags really act)', async () => {
    await seed(['companies', 'roles', 'axes:BE10', 'axes:NL20']);
    const invalidated = await runCli(['cache', 'invalidate', 'axes:*'], { cwd: dir, env });
    expect(invalidated).toMatchObject({ code: 0, stdout: 'Invalidated 2 reference entries matching "axes:*".\n' });
    const after = await runCli(['cache', 'stats', '--json'], { cwd: dir, env });
    expect((JSON.parse(after.stdout) as { keys: string[] }[])[0]?.keys).toEqual(['companies', 'roles']);
    const cleared = await runCli(['cache', 'clear'], { cwd: dir, env });
    expect(cleared).toMatchObject({ code: 0, stdout: 'Cleared 2 reference entries.\n' });
    const empty = await runCli(['cache', 'stats'], { cwd: dir, env });
    expect(empty.stdout).toContain('references: 0 entries');
  });
});
