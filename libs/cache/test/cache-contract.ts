import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../src/index.js';
import { recordLookups } from './record-lookups.js';
import type { Cache, CacheDriverOption, CacheOptions, CacheWarning } from '../src/index.js';

/** One storage under test: `driver()` gives a fresh option reaching the same data each time. */
export interface CacheHarness {
  driver(): CacheDriverOption;
  cleanup(): Promise<void>;
}

/** How to set up a storage, and whether two caches opened on it share their entries. */
export interface ContractTarget {
  /** False for the `'memory'` option, whose data lives and dies with one cache. */
  readonly shared: boolean;
  setup(): Promise<CacheHarness>;
}

const RAW_KEY = new Uint8Array(32).fill(7);

/** The behaviour every storage driver must give the cache (memory, fs, or a driver passed in). */
export function describeCacheContract(name: string, { shared, setup }: ContractTarget): void {
  describe(`cache contract: ${name}`, () => {
    let harness: CacheHarness;
    let clock: number;
    let opened: Cache[];
    let warnings: CacheWarning[];
    const open = (options: CacheOptions = {}): Cache => {
      const cache = createCache({
        driver: harness.driver(),
        now: () => clock,
        onWarning: (w) => warnings.push(w),
        ...options,
      });
      opened.push(cache);
      return cache;
    };

    beforeEach(async () => {
      harness = await setup();
      clock = 1_700_000_000_000;
      opened = [];
      warnings = [];
    });
    afterEach(async () => {
      await Promise.all(opened.map((cache) => cache.dispose()));
      await harness.cleanup();
    });

    it('round-trips JSON values and misses absent keys; null is a value', async () => {
      const cache = open();
      const value = {
        name: 'Société Générale',
        list: [1, 2.5, true, null, 'x'],
        nested: { deep: [] },
      };
      await cache.set('companies', value);
      await cache.set('nothing', null);
      expect(await cache.get('companies')).toEqual(value);
      expect(await cache.get('nothing')).toBeNull();
      expect(await cache.get('missing')).toBeUndefined();
      expect(await cache.stats()).toMatchObject({
        hits: 2,
        misses: 1,
        sets: 2,
        entries: 2,
        evictions: 0,
      });
    });

    it('accepts keys with characters that are special to paths and to unstorage', async () => {
      const cache = open();
      const keys = ['a/b', 'dots:..', 'q?x=1', 'ends$', 'é ü:Ωmega', '%41', 'a\\b'];
      for (const [i, key] of keys.entries()) await cache.set(key, i);
      for (const [i, key] of keys.entries()) expect(await cache.get(key)).toBe(i);
      expect(await cache.keys()).toEqual([...keys].sort());
    });

    it('rejects bad keys, values and ttls with TypeError/RangeError', async () => {
      const cache = open();
      await expect(cache.set('', 1)).rejects.toThrow(TypeError);
      await expect(cache.get('a::b')).rejects.toThrow(TypeError);
      await expect(cache.set('k', undefined as never)).rejects.toThrow(TypeError);
      await expect(cache.set('k', 1, { ttl: -1 })).rejects.toThrow(/'ttl'/);
      await expect(cache.invalidate('')).rejects.toThrow(TypeError);
    });

    it('expires entries after the default ttl or their own', async () => {
      const cache = open({ ttl: 1_000 });
      await cache.set('short', 1);
      await cache.set('long', 2, { ttl: 5_000 });
      await cache.set('forever', 3, { ttl: Infinity });
      clock += 1_000;
      expect(await cache.get('short')).toBeUndefined();
      expect(await cache.get('long')).toBe(2);
      clock += 4_000;
      expect(await cache.keys()).toEqual(['forever']);
      expect(await cache.get('long')).toBeUndefined();
      expect(await cache.get('forever')).toBe(3);
    });

    it('follows fake timers when no clock is injected', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        const cache = createCache({ driver: harness.driver(), ttl: 60_000 });
        opened.push(cache);
        await cache.set('k', 'v');
        vi.advanceTimersByTime(59_999);
        expect(await cache.get('k')).toBe('v');
        vi.advanceTimersByTime(1);
        expect(await cache.get('k')).toBeUndefined();
      } finally {
        vi.useRealTimers();
      }
    });

    it('evicts the least recently used entries past maxEntries', async () => {
      const cache = open({ maxEntries: 3 });
      for (const key of ['a', 'b', 'c']) {
        await cache.set(key, key);
        clock += 1;
      }
      await cache.get('a');
      await cache.set('d', 'd');
      expect(await cache.keys()).toEqual(['a', 'c', 'd']);
      await cache.set('e', 'e');
      expect(await cache.keys()).toEqual(['a', 'd', 'e']);
      expect((await cache.stats()).evictions).toBe(2);
    });

    it('evicts by stored bytes past maxSize and drops expired entries first', async () => {
      // Same ttl digits for every entry, so every entry has the same stored size.
      const probe = open({ namespace: 'probe', ttl: 10_000 });
      await probe.set('x', 'v'.repeat(100));
      const entryBytes = (await probe.stats()).bytes;
      const cache = open({ maxSize: entryBytes * 3, ttl: 10_000 });
      await cache.set('old', 'v'.repeat(100), { ttl: 10 });
      await cache.set('b', 'v'.repeat(100));
      await cache.set('c', 'v'.repeat(100));
      clock += 10;
      await cache.set('d', 'v'.repeat(100));
      expect(await cache.keys()).toEqual(['b', 'c', 'd']);
      expect(await cache.stats()).toMatchObject({
        evictions: 0,
        entries: 3,
        bytes: entryBytes * 3,
      });
      await cache.set('e', 'v'.repeat(100));
      expect(await cache.keys()).toEqual(['c', 'd', 'e']);
      expect((await cache.stats()).evictions).toBe(1);
    });

    it('does not store a value larger than maxSize, warns, and forgets the old value', async () => {
      const cache = open({ maxSize: 200 });
      await cache.set('k', 'small');
      await cache.set('k', 'x'.repeat(500));
      expect(await cache.get('k')).toBeUndefined();
      expect(warnings).toEqual([expect.objectContaining({ code: 'too-large', key: 'k' })]);
    });

    it('invalidates by picomatch glob: * within a segment, ** across segments, braces', async () => {
      const cache = open();
      const keys = ['axes:c1:a1', 'axes:c1:a2', 'axes:c2:a1', 'axes', 'companies', 'users:x:y'];
      const cases: Array<[string, string[]]> = [
        ['axes:c1:*', ['axes:c1:a1', 'axes:c1:a2']],
        ['axes:*', []],
        ['axes:**', keys.slice(0, 4)],
        ['**:a1', ['axes:c1:a1', 'axes:c2:a1']],
        ['*', ['axes', 'companies']],
        ['a*s', ['axes']],
        ['{axes,companies}', ['axes', 'companies']],
        ['**', keys],
      ];
      for (const [pattern, expected] of cases) {
        await cache.clear();
        for (const key of keys) await cache.set(key, 1);
        expect(await cache.keys(pattern), pattern).toEqual([...expected].sort());
        expect(await cache.invalidate(pattern), pattern).toBe(expected.length);
        expect(await cache.keys(), pattern).toEqual(
          keys.filter((k) => !expected.includes(k)).sort(),
        );
      }
    });

    it('deletes one key, clears all, and reports the contents', async () => {
      const cache = open();
      await cache.set('a', 1);
      await cache.set('b', [1, 2]);
      expect(await cache.delete('a')).toBe(true);
      expect(await cache.delete('a')).toBe(false);
      expect(await cache.stats()).toMatchObject({ entries: 1 });
      await cache.clear();
      expect(await cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
      expect(await cache.get('b')).toBeUndefined();
    });

    it('calls the getOrSet loader once for concurrent callers, then serves the cache', async () => {
      const cache = open();
      const loader = vi.fn(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { loaded: true };
      });
      const results = await Promise.all(
        Array.from({ length: 5 }, () => cache.getOrSet('ref', loader)),
      );
      expect(results).toEqual(Array.from({ length: 5 }, () => ({ loaded: true })));
      expect(await cache.getOrSet('ref', loader)).toEqual({ loaded: true });
      expect(loader).toHaveBeenCalledTimes(1);
    });

    it('rejects every waiter with the loader error and caches nothing', async () => {
      const cache = open();
      const failure = new Error('upstream down');
      const loader = vi.fn(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        throw failure;
      });
      const settled = await Promise.allSettled([1, 2, 3].map(() => cache.getOrSet('ref', loader)));
      expect(settled.map((s) => (s.status === 'rejected' ? s.reason : s))).toEqual([
        failure,
        failure,
        failure,
      ]);
      expect(loader).toHaveBeenCalledTimes(1);
      expect(await cache.keys()).toEqual([]);
      expect(await cache.getOrSet('ref', () => 'second try')).toBe('second try');
    });

    it('lets one waiter abort without failing the others; the loader aborts when all have', async () => {
      const cache = open();
      const signals: AbortSignal[] = [];
      let release: (value: string) => void = () => undefined;
      const loader = ({ signal }: { signal: AbortSignal }): Promise<string> => {
        signals.push(signal);
        return new Promise((resolve) => (release = resolve));
      };
      const impatient = new AbortController();
      const first = cache.getOrSet('k', loader, { signal: impatient.signal });
      const second = cache.getOrSet('k', loader);
      await vi.waitFor(() => expect(signals).toHaveLength(1));
      impatient.abort(new Error('gave up'));
      await expect(first).rejects.toThrow('gave up');
      expect(signals[0]?.aborted).toBe(false);
      release('value');
      expect(await second).toBe('value');

      const alone = new AbortController();
      const third = cache.getOrSet('other', loader, { signal: alone.signal });
      await vi.waitFor(() => expect(signals).toHaveLength(2));
      alone.abort();
      await expect(third).rejects.toThrow();
      expect(signals[1]?.aborted).toBe(true);
      expect(signals).toHaveLength(2);
    });

    it('round-trips values encrypted with raw key bytes or a passphrase', async () => {
      for (const encryptionKey of [RAW_KEY, 'correct horse battery staple']) {
        const cache = open({
          encryptionKey,
          namespace: typeof encryptionKey === 'string' ? 'pass' : 'raw',
        });
        await cache.set('users', [{ email: 'jane.doe@example.com' }]);
        expect(await cache.get('users')).toEqual([{ email: 'jane.doe@example.com' }]);
      }
      expect(warnings).toEqual([]);
    });

    it('publishes every lookup on cache:lookup with its outcome and reason', async () => {
      const seen = await recordLookups(async () => {
        const cache = open({ namespace: 'ref', ttl: 10 });
        await cache.set('a', 1);
        await cache.get('a');
        await cache.get('b');
        clock += 10;
        await cache.get('a');
      });
      expect(
        seen.map(({ durationMs, ...rest }) => (expect(durationMs).toBeGreaterThanOrEqual(0), rest)),
      ).toEqual([
        { namespace: 'ref', key: 'a', outcome: 'hit' },
        { namespace: 'ref', key: 'b', outcome: 'miss', reason: 'absent' },
        { namespace: 'ref', key: 'a', outcome: 'miss', reason: 'expired' },
      ]);
    });

    it('refuses calls after dispose', async () => {
      const cache = open();
      await cache.dispose();
      await expect(cache.get('a')).rejects.toThrow(/disposed/);
    });

    describe.runIf(shared)('across instances on the same storage', () => {
      it('persists entries, stats and recency across instances (a plain persistent store)', async () => {
        const first = open({ maxEntries: 3 });
        for (const key of ['scope:users', 'scope:projects', 'scope:plates']) {
          await first.set(key, { lastRun: key });
          clock += 1;
        }
        await first.get('scope:users');
        await first.dispose();
        const second = open({ maxEntries: 3 });
        expect(await second.get('scope:projects')).toEqual({ lastRun: 'scope:projects' });
        expect(await second.stats()).toMatchObject({ entries: 3 });
        await second.set('scope:subposts', {});
        expect(await second.keys()).toEqual(['scope:projects', 'scope:subposts', 'scope:users']);
      });

      it('treats entries under another key, or none, as wrong-key misses with a warning', async () => {
        const writer = open({ encryptionKey: 'first passphrase' });
        await writer.set('users', ['jane']);
        await writer.dispose();
        const seen = await recordLookups(async () => {
          expect(await open({ encryptionKey: 'other passphrase' }).get('users')).toBeUndefined();
          expect(await open().get('users')).toBeUndefined();
        });
        expect(seen.map((m) => m.reason)).toEqual(['wrong-key', 'wrong-key']);
        expect(warnings.map((w) => [w.code, w.key])).toEqual([
          ['wrong-key', 'users'],
          ['wrong-key', 'users'],
        ]);
        expect(await open({ encryptionKey: 'first passphrase' }).get('users')).toEqual(['jane']);
      });
    });
  });
}
