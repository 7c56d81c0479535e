import { createCache, type Cache, type CacheWarning } from '@n2f/cache';
import type { AppConfig } from '../config/load.js';

/** Namespace of reference data (companies, roles, profiles, custom axes); `cache clear` empties it. */
export const REFERENCE_NAMESPACE = 'references';
/** Namespace of what the last successful run saw per scope, used by the shrunken-source guard. */
export const STATE_NAMESPACE = 'run-state';

/** The two persistent caches of the app, in `cache.dir`, encrypted with `N2F_CACHE_KEY` when set. */
export interface AppCaches {
  readonly references: Cache;
  readonly state: Cache;
  dispose(): Promise<void>;
}

/** Opens both caches on the configured directory. */
export function openCaches(config: AppConfig, onWarning: (warning: CacheWarning) => void): AppCaches {
  const key = config.secrets.N2F_CACHE_KEY?.reveal();
  const open = (namespace: string, ttl: number): Cache =>
    createCache({ driver: { type: 'fs', dir: config.cacheDir }, namespace, ttl, onWarning, ...(key === undefined ? {} : { encryptionKey: key }) });
  const references = open(REFERENCE_NAMESPACE, config.cacheTtlMs);
  const state = open(STATE_NAMESPACE, Infinity);
  return {
    references,
    state,
    async dispose() {
      await Promise.all([references.dispose(), state.dispose()]);
    },
  };
}
