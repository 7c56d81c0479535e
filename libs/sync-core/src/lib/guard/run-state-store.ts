import type { Cache } from '@n2f/cache';

/** What is remembered of a scope's last successful run (for the shrunken-source guard). */
export interface ScopeRunState {
  readonly sourceRows: number;
  readonly finishedAt: string;
  readonly runId: string;
}

/** Remembers the last successful run of each scope on a persistent cache. */
export interface RunStateStore {
  lastSuccess(scope: string): Promise<ScopeRunState | undefined>;
  recordSuccess(scope: string, state: ScopeRunState): Promise<void>;
}

const key = (scope: string): string => `last-success:${scope}`;

/** A {@link RunStateStore} over a `@n2f/cache` instance (use its filesystem driver to persist). */
export function createRunStateStore(cache: Cache): RunStateStore {
  return {
    async lastSuccess(scope) {
      const value = await cache.get(key(scope));
      return isScopeRunState(value) ? value : undefined;
    },
    async recordSuccess(scope, state) {
      await cache.set(key(scope), { ...state });
    },
  };
}

function isScopeRunState(value: unknown): value is ScopeRunState {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['sourceRows'] === 'number' && typeof candidate['finishedAt'] === 'string';
}
