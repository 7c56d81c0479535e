import type { Source } from '@n2f/agresso-source';
import type { N2fClient } from '@n2f/n2f-client';
import type { ScopeRegistry } from '@n2f/sync-core';
import type { ConsolaInstance } from 'consola';
import type { AppConfig } from '../config/load.js';
import { openCaches, type AppCaches } from './cache.js';
import { clientFromConfig } from './client.js';
import { sourceFromConfig } from './source.js';

/** Everything a run is composed of, built from the configuration. */
export interface Services {
  readonly source: Source;
  readonly client: N2fClient;
  readonly registry: ScopeRegistry;
  readonly caches: AppCaches;
  /** Closes the source and saves the caches. */
  close(): Promise<void>;
}

/** Builds the source, the client and the caches around `registry`; nothing is contacted yet. */
export function composeServices(config: AppConfig, registry: ScopeRegistry, logger: ConsolaInstance): Services {
  const source = sourceFromConfig(config);
  const caches = openCaches(config, (warning) => logger.warn(`cache ${warning.namespace}: ${warning.message}`));
  return {
    source,
    client: clientFromConfig(config),
    registry,
    caches,
    async close() {
      await Promise.allSettled([source.close(), caches.dispose()]);
    },
  };
}
