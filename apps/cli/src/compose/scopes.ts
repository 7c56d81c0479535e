import { isConfigurationError } from '@n2f/resilience';
import { defaultRegistry, type ScopeRegistry, type UserMappingOptions } from '@n2f/sync-core';
import type { AppConfig } from '../config/load.js';
import { configProblemOf, InvalidConfigError } from '../config/problems.js';
import type { MappingConfig } from '../config/types.js';

/** The built-in scopes with the configured users mapping; a bad mapping is a configuration problem. */
export function registryFromConfig(config: AppConfig): ScopeRegistry {
  try {
    return defaultRegistry({ mapping: mappingOptions(config.file.mapping) });
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    throw new InvalidConfigError([configProblemOf(error)], config.configPath);
  }
}

/** Names of the built-in scopes, in their default order (domain.md §1). */
export function knownScopes(): readonly string[] {
  return defaultRegistry().names();
}

function mappingOptions(mapping: MappingConfig | undefined): UserMappingOptions {
  return {
    ...(mapping?.enable === undefined ? {} : { enable: mapping.enable }),
    ...(mapping?.columns === undefined ? {} : { columns: mapping.columns }),
    ...(mapping?.extraColumns === undefined ? {} : { extraColumns: mapping.extraColumns }),
    ...(mapping?.createOnly === undefined ? {} : { createOnly: mapping.createOnly }),
  };
}
