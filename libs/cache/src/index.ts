export { createCache } from './lib/create-cache.js';
export { CACHE_LOOKUP_CHANNEL } from './lib/lookup-channel.js';
export { MIN_PASSPHRASE_LENGTH } from './lib/resolve-cache-options.js';
// resolveCacheOptions stays private: its result holds the encryption key.

export type {
  Cache,
  CacheCallOptions,
  CacheDriverOption,
  CacheLookupMessage,
  CacheOptions,
  CacheSetOptions,
  CacheStats,
  CacheWarning,
  FsDriverOption,
  StorageDriver,
  Json,
  LoaderContext,
} from './lib/types.js';
