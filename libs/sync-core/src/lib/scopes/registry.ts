import { ConfigurationError } from '@n2f/resilience';
import type { AnyScope } from './entity-synchronizer.js';
import type { UserMappingOptions } from './users/user-mapping.js';
import { platesScope, projectsScope, subpostsScope } from './axes/builtin-scopes.js';
import { usersScope } from './users/users-scope.js';

/** Scopes by name, in registration order (the default run order). */
export interface ScopeRegistry {
  /** Adds a scope; a name already registered is a `ConfigurationError`. Returns the registry. */
  register(scope: AnyScope): ScopeRegistry;
  /** The scope of that name, or `undefined`. */
  get(name: string): AnyScope | undefined;
  has(name: string): boolean;
  /** Names in registration order. */
  names(): readonly string[];
}

/**
 * An empty registry, for plugins or tests.
 * @example const registry = createScopeRegistry().register(myScope);
 */
export function createScopeRegistry(): ScopeRegistry {
  const scopes = new Map<string, AnyScope>();
  const registry: ScopeRegistry = {
    register(scope) {
      if (scopes.has(scope.name)) {
        throw new ConfigurationError(
          'scopes',
          `scope "${scope.name}" is already registered`,
          'give the new scope another name',
        );
      }
      scopes.set(scope.name, scope);
      return registry;
    },
    get: (name) => scopes.get(name),
    has: (name) => scopes.has(name),
    names: () => [...scopes.keys()],
  };
  return registry;
}

/** Options of the default registry. */
export interface DefaultRegistryOptions {
  /** Mapping adjustments of the `users` scope. @default {} */
  readonly mapping?: UserMappingOptions;
}

/**
 * A registry with the built-in scopes in the default order: users, projects, plates, subposts.
 * @example const registry = defaultRegistry({ mapping: { enable: ['ssoLogin'] } });
 */
export function defaultRegistry(options: DefaultRegistryOptions = {}): ScopeRegistry {
  return createScopeRegistry()
    .register(usersScope(options.mapping))
    .register(projectsScope())
    .register(platesScope())
    .register(subpostsScope());
}
