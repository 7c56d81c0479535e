import { defaultRegistry, type ScopeRegistry, type UserMappingOptions } from '@n2f/sync-core';
import { AxeScope } from '@n2f/sync-core/scope-kit';

/** French name of the N2F custom axe the `departments` scope writes (matched trimmed, any case). */
export const DEPARTMENT_AXE_NAME = 'Département';

/**
 * A plugin scope, as the legacy tool's extension example: Agresso analytics rows with
 * `typ = DEPARTMENT` → the custom axe "Département" of each company (created in N2F beforehand,
 * one per company). Values are keyed by company and code, like plates and sub-posts.
 * @example const registry = defaultRegistry().register(departmentsScope());
 */
export function departmentsScope(): AxeScope {
  return new AxeScope({
    name: 'departments',
    typ: 'DEPARTMENT',
    axe: { kind: 'custom', frenchName: DEPARTMENT_AXE_NAME.toLowerCase() },
    // The projects scope already reports the analytics rows the source could not type.
    reportsUntypedRows: false,
  });
}

/** The built-in scopes, then `departments`: the service's registry. */
export function serviceRegistry(mapping: UserMappingOptions = {}): ScopeRegistry {
  return defaultRegistry({ mapping }).register(departmentsScope());
}
