/**
 * JSON-serialisable data, the only thing the cache stores: no `undefined` at the top level,
 * functions, `Date`s, `Map`s or class instances. `undefined` properties are dropped, as by `JSON.stringify`.
 */
export type Json =
  null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

/** Entries as files under `dir` (`:` in keys become sub-directories), owner-only (0700/0600); they persist across runs. */
export interface FsDriverOption {
  readonly type: 'fs';
  readonly dir: string;
}

/**
 * The part of an unstorage `Driver` the cache relies on; every unstorage driver fits. Declared here so
 * that a consumer type-checks without unstorage's declarations, which fail under `skipLibCheck: false`.
 */
export interface StorageDriver {
  readonly name?: string;
  hasItem(key: string, options: object): boolean | Promise<boolean>;
  getItem(key: string, options?: object): unknown;
  getKeys(base: string, options: object): string[] | Promise<string[]>;
  setItem?(key: string, value: string, options: object): void | Promise<void>;
  removeItem?(key: string, options: object): void | Promise<void>;
  dispose?(): void | Promise<void>;
}

/** Where entries live: in memory, in a directory (persistent across runs), or any ready unstorage driver. */
export type CacheDriverOption = 'memory' | FsDriverOption | StorageDriver;

/** A non-fatal problem: the entry is treated as a miss (or not stored) and the cache carries on. */
export interface CacheWarning {
  /** `corrupt`/`wrong-key`: an unreadable entry; `too-large`: a value bigger than `maxSize`; `index`: recency index rebuilt or not saved. */
  readonly code: 'corrupt' | 'wrong-key' | 'too-large' | 'index';
  readonly namespace: string;
  readonly key?: string;
  readonly message: string;
}

/** Options of {@link createCache}; all optional. */
export interface CacheOptions {
  /** Storage: `'memory'`, `{ type: 'fs', dir }` or a ready unstorage `Driver` (which the caller disposes). @default 'memory' */
  driver?: CacheDriverOption;
  /** Keeps several caches apart on one driver or directory: `:`-separated segments of letters, digits, `_`, `-`. @default 'default' */
  namespace?: string;
  /** Default time to live of an entry in milliseconds; `Infinity` never expires. @default Infinity */
  ttl?: number;
  /** Bound on the stored bytes of all entries; past it the least recently used entries are evicted. @default Infinity */
  maxSize?: number;
  /** Bound on the number of entries, with the same eviction. @default Infinity */
  maxEntries?: number;
  /** Encrypts values at rest (AES-256-GCM): 32 raw bytes, or a passphrase of 8+ characters stretched with scrypt. Never stored. @default undefined (plain JSON) */
  encryptionKey?: string | Uint8Array;
  /** Receives every {@link CacheWarning}. @default ignore */
  onWarning?: (warning: CacheWarning) => void;
  /** Clock in milliseconds since the epoch, used for TTL and recency (inject one in tests). @default Date.now */
  now?: () => number;
}

/** Options every async call takes. */
export interface CacheCallOptions {
  /** Stops the call before its next storage access. */
  readonly signal?: AbortSignal;
}

/** Options of `set` and `getOrSet`. */
export interface CacheSetOptions extends CacheCallOptions {
  /** Time to live of this entry in milliseconds, overriding the cache's `ttl`. */
  readonly ttl?: number;
}

/** What a `getOrSet` loader receives: a signal aborted once every waiting caller has given up. */
export interface LoaderContext {
  readonly signal: AbortSignal;
}

/** Counters since the cache was created, and the current contents. */
export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly sets: number;
  /** Entries removed to respect `maxSize`/`maxEntries` (expiry and invalidation are not evictions). */
  readonly evictions: number;
  readonly entries: number;
  /** Stored bytes of all entries (the serialised, possibly encrypted, form). */
  readonly bytes: number;
}

/** Message published on the `cache:lookup` diagnostics channel for every `get`. */
export interface CacheLookupMessage {
  readonly namespace: string;
  readonly key: string;
  readonly outcome: 'hit' | 'miss';
  readonly reason?: 'absent' | 'expired' | 'corrupt' | 'wrong-key';
  readonly durationMs: number;
}

/** A namespaced key-value cache of JSON values with TTL, LRU bounds and optional encryption. */
export interface Cache {
  readonly namespace: string;
  /** The value, or `undefined` on a miss (absent, expired, unreadable). */
  get<T extends Json = Json>(key: string, options?: CacheCallOptions): Promise<T | undefined>;
  /** Stores a value; may evict least recently used entries. */
  set(key: string, value: Json, options?: CacheSetOptions): Promise<void>;
  /** The cached value, or the loader's result, stored; concurrent callers of one key share one loader call. */
  getOrSet<T extends Json>(
    key: string,
    loader: (context: LoaderContext) => T | Promise<T>,
    options?: CacheSetOptions,
  ): Promise<T>;
  /** Removes one key; true when it was there. */
  delete(key: string, options?: CacheCallOptions): Promise<boolean>;
  /** Removes the keys matching a glob (`*` within a segment, `**` across segments); returns how many. */
  invalidate(pattern: string, options?: CacheCallOptions): Promise<number>;
  /** Removes every entry of this namespace. */
  clear(options?: CacheCallOptions): Promise<void>;
  /** Live (unexpired) keys, sorted, optionally filtered by a glob. */
  keys(pattern?: string, options?: CacheCallOptions): Promise<string[]>;
  stats(options?: CacheCallOptions): Promise<CacheStats>;
  /** Saves the recency index and releases the storage; the cache is unusable afterwards. */
  dispose(): Promise<void>;
}
