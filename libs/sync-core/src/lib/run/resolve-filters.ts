import { ANALYTICS_COLUMNS, USER_COLUMNS } from '@n2f/agresso-source';
import { ConfigurationError } from '@n2f/resilience';
import {
  resolveScopeFilter,
  type ScopeFilter,
  type ScopeFilterOptions,
} from '../plan/scope-filter.js';
import type { ScopeRegistry } from '../scopes/registry.js';

/**
 * Compiles the scoping filters of the registered scopes, each rule checked against the columns of
 * its scope's view (plus the extra columns of the users query); a filter for an unknown scope or
 * a bad rule is a `ConfigurationError` naming it.
 */
export function resolveFilters(
  filters: Readonly<Record<string, ScopeFilterOptions>>,
  registry: ScopeRegistry,
  extraUserColumns: readonly string[],
): Map<string, ScopeFilter> {
  const compiled = new Map<string, ScopeFilter>();
  for (const [name, options] of Object.entries(filters)) {
    const scope = registry.get(name);
    if (scope === undefined)
      throw new ConfigurationError(
        `filters.${name}`,
        `"${name}" is not a scope`,
        `filter one of ${registry.names().join(', ')}`,
      );
    const columns =
      scope.view === 'users'
        ? [...Object.keys(USER_COLUMNS), ...extraUserColumns]
        : Object.keys(ANALYTICS_COLUMNS);
    const filter = resolveScopeFilter(name, options, new Set(columns));
    if (filter) compiled.set(name, filter);
  }
  return compiled;
}
