import { chmod, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordLookups } from '../../test/record-lookups.js';
import { createCache } from '../index.js';
import type { Cache, CacheOptions, CacheWarning } from '../index.js';

const PASSPHRASE = 'correct horse battery staple';
const RAW_KEY = Buffer.alloc(32, 0xab);

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(
    await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')] as const)),
  );
}

describe('createCache on the file system', () => {
  let dir: string;
  let warnings: CacheWarning[];
  let opened: Cache[];
  const open = (options: CacheOptions = {}): Cache => {
    const cache = createCache({
      driver: { type: 'fs', dir },
      onWarning: (w) => warnings.push(w),
      ...options,
    });
    opened.push(cache);
    return cache;
  };
  const entryFile = (key: string, namespace = 'default'): string =>
    join(dir, namespace, 'entries', `${key}.json`);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'n2f-cache-fs-'));
    warnings = [];
    opened = [];
  });
  afterEach(async () => {
    await Promise.all(opened.map((cache) => cache.dispose()));
    await rm(dir, { recursive: true, force: true });
  });

  it('writes plain entries as readable JSON files', async () => {
    await open().set('companies', [{ uuid: 'c1' }]);
    const entry = JSON.parse(await readFile(entryFile('companies'), 'utf8')) as { value: unknown };
    expect(entry.value).toEqual([{ uuid: 'c1' }]);
  });

  it('keeps neither the plaintext nor the key on disk when encrypted', async () => {
    await open({ encryptionKey: PASSPHRASE, namespace: 'pass' }).set('users', [
      { email: 'jane.doe@example.com' },
    ]);
    await open({ encryptionKey: RAW_KEY, namespace: 'raw' }).set('users', [
      { email: 'jane.doe@example.com' },
    ]);
    const files = await filesUnder(dir);
    expect(files.size).toBeGreaterThanOrEqual(3);
    for (const [file, text] of files) {
      for (const secret of [
        'jane.doe',
        PASSPHRASE,
        RAW_KEY.toString('base64'),
        RAW_KEY.toString('hex'),
      ]) {
        expect(text, file).not.toContain(secret);
      }
    }
    expect(await readFile(entryFile('users', 'pass'), 'utf8')).toContain('"sealed"');
  });

  it('treats a tampered ciphertext or an edited expiry as a corrupt miss, not a crash', async () => {
    await open({ encryptionKey: RAW_KEY }).set('a', 'secret a');
    await open({ encryptionKey: RAW_KEY }).set('b', 'secret b', { ttl: 1_000 });
    const a = JSON.parse(await readFile(entryFile('a'), 'utf8')) as { sealed: { data: string } };
    const flipped = Buffer.from(a.sealed.data, 'base64').map((byte, i) =>
      i === 0 ? byte ^ 1 : byte,
    );
    await writeFile(
      entryFile('a'),
      JSON.stringify({
        ...a,
        sealed: { ...a.sealed, data: Buffer.from(flipped).toString('base64') },
      }),
    );
    const b = JSON.parse(await readFile(entryFile('b'), 'utf8')) as { expiresAt: number };
    await writeFile(entryFile('b'), JSON.stringify({ ...b, expiresAt: b.expiresAt + 10_000_000 }));
    const seen = await recordLookups(async () => {
      const cache = open({ encryptionKey: RAW_KEY });
      expect(await cache.get('a')).toBeUndefined();
      expect(await cache.get('b')).toBeUndefined();
    });
    expect(seen.map((m) => m.reason)).toEqual(['corrupt', 'corrupt']);
    expect(warnings.map((w) => [w.code, w.key])).toEqual([
      ['corrupt', 'a'],
      ['corrupt', 'b'],
    ]);
  });

  it('treats a truncated entry as a corrupt miss that getOrSet then replaces', async () => {
    await open().set('ref', { list: [1, 2, 3] });
    await truncate(entryFile('ref'), 10);
    const cache = open();
    expect(await cache.get('ref')).toBeUndefined();
    expect(await cache.getOrSet('ref', () => ({ list: [4] }))).toEqual({ list: [4] });
    expect(await cache.get('ref')).toEqual({ list: [4] });
    expect(warnings.map((w) => w.code)).toEqual(['corrupt', 'corrupt']); // get, then getOrSet's own lookup
  });

  it('rebuilds a lost or unreadable recency index from the entries, oldest first', async () => {
    let clock = 1_000;
    const first = open({ now: () => clock });
    for (const key of ['a', 'b', 'c']) {
      await first.set(key, key);
      clock += 1;
    }
    await first.dispose();
    await writeFile(join(dir, 'default', 'index'), '{ not json');
    const second = open({ maxEntries: 3, now: () => clock });
    expect(await second.stats()).toMatchObject({ entries: 3 });
    await second.set('d', 'd');
    expect(await second.keys()).toEqual(['b', 'c', 'd']);
    expect(warnings.map((w) => w.code)).toEqual(['index']);
    await second.dispose();
    await rm(join(dir, 'default', 'index'));
    expect(await open().keys()).toEqual(['b', 'c', 'd']);
  });

  it('forgets indexed entries whose files disappeared behind its back', async () => {
    const first = open();
    for (const key of ['a', 'b', 'c']) await first.set(key, key);
    await first.dispose();
    await rm(entryFile('b'));
    const second = open();
    expect(await second.keys()).toEqual(['a', 'c']);
    expect(await second.stats()).toMatchObject({ entries: 2 });
  });

  it('keeps namespaces apart in one directory; clear() empties only its own', async () => {
    const reference = open({ namespace: 'reference' });
    const state = open({ namespace: 'state:runs' });
    await reference.set('companies', 1);
    await state.set('users', { lastSuccess: '2025-01-01' });
    await reference.clear();
    expect(await reference.keys()).toEqual([]);
    expect(await open({ namespace: 'state:runs' }).get('users')).toEqual({
      lastSuccess: '2025-01-01',
    });
  });

  it('warns and starts over when the stored salt is unreadable', async () => {
    await open({ encryptionKey: PASSPHRASE }).set('k', 'v');
    await writeFile(join(dir, 'default', 'salt'), 'garbage');
    const cache = open({ encryptionKey: PASSPHRASE });
    expect(await cache.get('k')).toBeUndefined();
    expect(warnings.map((w) => w.code)).toEqual(['corrupt', 'wrong-key']);
    await cache.set('k', 'again');
    expect(await open({ encryptionKey: PASSPHRASE }).get('k')).toBe('again');
  });
  it.skipIf(process.platform === 'win32')(
    'keeps entries, index and salt owner-only (0600) in an owner-only directory (0700), narrowing older files',
    async () => {
      const first = open({ encryptionKey: PASSPHRASE });
      await first.set('users', [{ email: 'jane.doe@example.com' }]);
      await first.dispose();
      await chmod(entryFile('users'), 0o644);
      await chmod(dir, 0o755);
      await open({ encryptionKey: PASSPHRASE }).set('users', [{ email: 'john@example.com' }]);
      const files = [...(await filesUnder(dir)).keys()];
      expect(files.length).toBeGreaterThanOrEqual(3);
      const modes = await Promise.all(files.map(async (file) => (await stat(file)).mode & 0o777));
      expect(modes).toEqual(files.map(() => 0o600));
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    },
  );
});
