import { performance } from 'node:perf_hooks';
import { encodeEntry, decodeEntry } from './envelope.js';
import { openEntryStore } from './entry-store.js';
import { keyMatcher } from './glob.js';
import { assertKey } from './key-codec.js';
import { loadState, type CacheState } from './load-state.js';
import { publishLookup } from './lookup-channel.js';
import type { LruIndex } from './lru-index.js';
import { checkTtl, resolveCacheOptions } from './resolve-cache-options.js';
import { createSerialWriter } from './serial-writer.js';
import { createSingleFlight } from './single-flight.js';
import type {
  Cache,
  CacheCallOptions,
  CacheLookupMessage,
  CacheOptions,
  CacheSetOptions,
  CacheWarning,
  Json,
  LoaderContext,
} from './types.js';

type Lookup =
  { readonly value: Json } | { readonly reason: NonNullable<CacheLookupMessage['reason']> };

const FAILURES = {
  corrupt: 'entry is corrupt or truncated; treated as a miss',
  'wrong-key': 'entry was written with another encryption key (or none); treated as a miss',
} as const;

function serialiseValue(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined)
    throw new TypeError(`cache value must be JSON-serialisable data, got ${typeof value}`);
  return text;
}

const isExpired = (expiresAt: number | null, now: number): boolean =>
  expiresAt !== null && expiresAt <= now;

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Creates a cache of JSON values over unstorage: TTL, LRU bounds that survive restarts on the
 * file system, single-flight `getOrSet`, AES-256-GCM at rest when given a key.
 * @example
 * const cache = createCache({ driver: { type: 'fs', dir: '.cache' }, namespace: 'reference', ttl: 3_600_000 });
 * const companies = await cache.getOrSet('companies', () => client.listCompanies());
 */
export function createCache(options: CacheOptions = {}): Cache {
  const config = resolveCacheOptions(options);
  const { namespace, now } = config;
  const store = openEntryStore(config.driver, namespace);
  const counts = { hits: 0, misses: 0, sets: 0, evictions: 0 };
  const flights = createSingleFlight<Json>();
  let disposed = false;

  const warn = (code: CacheWarning['code'], message: string, key?: string): void => {
    try {
      config.onWarning(
        key === undefined ? { code, namespace, message } : { code, namespace, key, message },
      );
    } catch {
      // A failing listener must not turn a warning into a failed cache call.
    }
  };
  const loading = loadState(store, config.encryptionKey, warn);
  loading.catch(() => undefined); // an open failure surfaces on the first call instead
  const writer = createSerialWriter(async () =>
    store.writeMeta('index', (await loading).index.serialise()),
  );
  // The index is saved in the background, coalesced: entries are written before the call returns,
  // and an index that missed the latest changes is reconciled with the entries on the next open.
  const saveIndex = (): void => {
    if (!store.persistent) return;
    writer
      .save()
      .catch((error: unknown) =>
        warn('index', `the recency index could not be saved: ${describe(error)}`),
      );
  };

  async function open(signal: AbortSignal | undefined): Promise<CacheState> {
    if (disposed) throw new Error(`cache '${namespace}' is disposed`);
    signal?.throwIfAborted();
    const state = await loading;
    signal?.throwIfAborted();
    return state;
  }

  async function drop(index: LruIndex, keys: readonly string[]): Promise<void> {
    for (const key of keys) index.remove(key);
    await Promise.all(keys.map((key) => store.removeEntry(key)));
  }

  async function expire(index: LruIndex, key: string): Promise<Lookup> {
    await drop(index, [key]);
    saveIndex();
    return { reason: 'expired' };
  }

  async function lookup({ index, cipher }: CacheState, key: string): Promise<Lookup> {
    const known = index.get(key);
    if (!known) return { reason: 'absent' };
    if (isExpired(known.expiresAt, now())) return expire(index, key);
    const text = await store.readEntry(key);
    if (text === undefined) {
      index.remove(key);
      saveIndex();
      return { reason: 'absent' };
    }
    const decoded = decodeEntry(key, text, cipher);
    if ('failure' in decoded) {
      warn(decoded.failure, FAILURES[decoded.failure], key);
      return { reason: decoded.failure };
    }
    if (isExpired(decoded.meta.expiresAt, now())) return expire(index, key);
    index.touch(key, now());
    saveIndex();
    return { value: decoded.value };
  }

  async function enforceBounds(index: LruIndex, keep: string): Promise<void> {
    if (index.bytes <= config.maxSize && index.entries <= config.maxEntries) return;
    // Expired entries go first and are not counted as evictions.
    await drop(
      index,
      index.expired(now()).filter((key) => key !== keep),
    );
    const victims = index.overflow(config.maxSize, config.maxEntries, keep);
    counts.evictions += victims.length;
    await drop(index, victims);
  }

  async function write(
    { index, cipher }: CacheState,
    key: string,
    valueText: string,
    ttl: number,
  ): Promise<void> {
    const storedAt = now();
    const meta = { storedAt, expiresAt: ttl === Infinity ? null : storedAt + ttl };
    const text = encodeEntry(key, valueText, meta, cipher);
    const size = Buffer.byteLength(text);
    if (size > config.maxSize) {
      warn(
        'too-large',
        `entry of ${size} bytes exceeds maxSize (${config.maxSize}); not stored`,
        key,
      );
      if (index.get(key)) await drop(index, [key]); // never serve the value it was meant to replace
    } else {
      await store.writeEntry(key, text);
      index.upsert(key, { size, lastAccess: storedAt, expiresAt: meta.expiresAt });
      counts.sets += 1;
      await enforceBounds(index, key);
    }
    saveIndex();
  }

  const cache: Cache = {
    namespace,
    async get<T extends Json = Json>(
      key: string,
      { signal }: CacheCallOptions = {},
    ): Promise<T | undefined> {
      assertKey(key);
      const state = await open(signal);
      const started = performance.now();
      const result = await lookup(state, key);
      const hit = 'value' in result;
      counts[hit ? 'hits' : 'misses'] += 1;
      publishLookup({
        namespace,
        key,
        outcome: hit ? 'hit' : 'miss',
        ...(hit ? {} : { reason: result.reason }),
        durationMs: performance.now() - started,
      });
      return hit ? (result.value as T) : undefined;
    },
    async set(key, value, { ttl, signal } = {}) {
      assertKey(key);
      const valueText = serialiseValue(value);
      const entryTtl = ttl === undefined ? config.ttl : checkTtl(ttl);
      await write(await open(signal), key, valueText, entryTtl);
    },
    async getOrSet<T extends Json>(
      key: string,
      loader: (context: LoaderContext) => T | Promise<T>,
      { ttl, signal }: CacheSetOptions = {},
    ): Promise<T> {
      assertKey(key);
      if (typeof loader !== 'function') throw new TypeError('getOrSet loader must be a function');
      const entryTtl = ttl === undefined ? config.ttl : checkTtl(ttl);
      const value = await flights.run(
        key,
        async (loaderSignal) => {
          const cached = await cache.get(key);
          if (cached !== undefined) return cached;
          const loaded = await loader({ signal: loaderSignal });
          await write(await open(undefined), key, serialiseValue(loaded), entryTtl);
          return loaded;
        },
        signal,
      );
      return value as T;
    },
    async delete(key, { signal } = {}) {
      assertKey(key);
      const { index } = await open(signal);
      const known = index.get(key) !== undefined;
      await drop(index, [key]);
      saveIndex();
      return known;
    },
    async invalidate(pattern, { signal } = {}) {
      const matcher = keyMatcher(pattern);
      const { index } = await open(signal);
      const matched = index.keys().filter(matcher);
      await drop(index, matched);
      saveIndex();
      return matched.length;
    },
    async clear({ signal } = {}) {
      const { index } = await open(signal);
      // Not the driver's clear(): the fs driver would empty the whole directory, other namespaces included.
      const stored = await store.entryKeys();
      await drop(index, [...new Set([...index.keys(), ...stored])]);
      saveIndex();
    },
    async keys(pattern, { signal } = {}) {
      const matcher = pattern === undefined ? undefined : keyMatcher(pattern);
      const { index } = await open(signal);
      const at = now();
      const live = index.keys().filter((key) => !isExpired(index.get(key)?.expiresAt ?? null, at));
      return live.filter((key) => !matcher || matcher(key)).sort();
    },
    async stats({ signal } = {}) {
      const { index } = await open(signal);
      return { ...counts, entries: index.entries, bytes: index.bytes };
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await loading.catch(() => undefined);
      await writer.idle();
      await store.dispose();
    },
  };
  return cache;
}
