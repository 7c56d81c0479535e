import { describe, expect, it } from 'vitest';
import { expectConfigurationError } from '../../../test/fixtures/errors.js';
import { createScopeRegistry, defaultRegistry } from './registry.js';
import { AxeScope } from './axes/axe-scope.js';

const departments = () =>
  new AxeScope({
    name: 'departments',
    typ: 'DEPT',
    axe: { kind: 'custom', frenchName: 'département' },
    reportsUntypedRows: false,
  });

describe('scope registry', () => {
  it('holds the built-ins in the default order', () => {
    const registry = defaultRegistry();
    expect(registry.names()).toEqual(['users', 'projects', 'plates', 'subposts']);
    expect(registry.get('plates')?.name).toBe('plates');
    expect(registry.get('nope')).toBeUndefined();
  });

  it('lets a plugin register a new scope, after the others', () => {
    const registry = defaultRegistry().register(departments());
    expect(registry.names().at(-1)).toBe('departments');
    expect(registry.has('departments')).toBe(true);
  });

  it('refuses a name registered twice', () => {
    const registry = createScopeRegistry().register(departments());
    expectConfigurationError(
      () => registry.register(departments()),
      'scopes',
      '"departments" is already registered',
    );
  });

  it('gives each registry its own scopes', () => {
    createScopeRegistry().register(departments());
    expect(createScopeRegistry().names()).toEqual([]);
  });
});
