import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../config/problems.js';
import { UsageError } from '../exit-codes.js';
import { configuredOrder, parseMaxDeletes, parseSelection } from './selection.js';

const known = ['users', 'projects', 'plates', 'subposts'];

describe('parseSelection', () => {
  it('runs every configured scope with create and update when nothing is given', () => {
    expect(parseSelection({}, known, known)).toEqual({ scopes: known, actions: ['create', 'update'], maxDeletes: undefined, allowMassChange: [], only: [] });
  });

  it('keeps the configured order whatever order --scope is typed in (legacy Q1, Q2)', () => {
    const order = ['projects', 'users'];
    expect(parseSelection({ scope: 'subposts, USERS,projects' }, order, known).scopes).toEqual(['projects', 'users', 'subposts']);
    expect(parseSelection({ scope: 'all' }, order, known).scopes).toEqual(order);
  });

  it('deletes only when asked, and then only what is asked', () => {
    expect(parseSelection({ delete: true }, known, known).actions).toEqual(['delete']);
    expect(parseSelection({ create: true, delete: true }, known, known).actions).toEqual(['create', 'delete']);
  });

  it('refuses unknown scopes and bad limits as usage errors', () => {
    expect(() => parseSelection({ scope: 'users,departments' }, known, known)).toThrow(UsageError);
    expect(() => parseSelection({ scope: ' , ' }, known, known)).toThrow(UsageError);
    for (const bad of ['ten', '-1', '150%', '5 %']) expect(() => parseMaxDeletes(bad)).toThrow(UsageError);
    expect(parseMaxDeletes('25')).toBe(25);
    expect(parseMaxDeletes('12.5%')).toBe('12.5%');
  });

  it('checks configured scopes against the registry', () => {
    expect(configuredOrder(undefined, known)).toEqual(known);
    expect(configuredOrder(['plates', 'users', 'plates'], known)).toEqual(['plates', 'users']);
    expect(() => configuredOrder(['users', 'departments'], known)).toThrow(InvalidConfigError);
  });
});
