import { describe, expect, it } from 'vitest';
import { resolveScopeFilter, type ScopeFilterOptions } from './scope-filter.js';

const columns = new Set(['Fonction', 'Entreprise', 'Manager', 'AdresseEmail']);
const row = (cells: Record<string, unknown>): Record<string, unknown> => ({
  Fonction: 'Comptable',
  Entreprise: 'BE10',
  Manager: 'boss@x.example',
  AdresseEmail: 'a@x.example',
  ...cells,
});

describe('resolveScopeFilter', () => {
  it.each<[string, ScopeFilterOptions, Record<string, unknown>, boolean]>([
    [
      'equals, trimmed and any case',
      { exclude: [{ column: 'Fonction', equals: 'Stagiaire' }] },
      { Fonction: ' stagiaire ' },
      false,
    ],
    ['equals elsewhere', { exclude: [{ column: 'Fonction', equals: 'Stagiaire' }] }, {}, true],
    ['one of', { include: [{ column: 'Entreprise', oneOf: ['NL20', 'BE10'] }] }, {}, true],
    ['not one of', { include: [{ column: 'Entreprise', oneOf: ['NL20'] }] }, {}, false],
    ['pattern', { include: [{ column: 'AdresseEmail', pattern: '*@X.example' }] }, {}, true],
    [
      'pattern on NULL',
      { include: [{ column: 'AdresseEmail', pattern: '*' }] },
      { AdresseEmail: null },
      false,
    ],
    [
      'empty: blank text is empty',
      { exclude: [{ column: 'Manager', empty: true }] },
      { Manager: '  ' },
      false,
    ],
    ['not empty', { include: [{ column: 'Manager', empty: false }] }, { Manager: null }, false],
    [
      'every include rule',
      {
        include: [
          { column: 'Entreprise', equals: 'BE10' },
          { column: 'Fonction', equals: 'Chef' },
        ],
      },
      {},
      false,
    ],
    [
      'a number cell',
      { include: [{ column: 'Entreprise', equals: '1001' }] },
      { Entreprise: 1001 },
      true,
    ],
  ])('%s', (_, options, cells, expected) => {
    expect(resolveScopeFilter('users', options, columns)?.inScope(row(cells))).toBe(expected);
  });

  it('describes itself and keeps out-of-scope entities by default', () => {
    const filter = resolveScopeFilter(
      'users',
      {
        include: [{ column: 'Entreprise', oneOf: ['BE10', 'NL20'] }],
        exclude: [{ column: 'Fonction', equals: 'Stagiaire' }],
      },
      columns,
    );
    expect(filter?.description).toBe(
      'include Entreprise one of BE10, NL20; exclude Fonction = Stagiaire',
    );
    expect(filter?.outOfScope).toBe('keep');
    expect(resolveScopeFilter('users', {}, columns)).toBeUndefined();
  });

  it.each<[ScopeFilterOptions, string]>([
    [{ exclude: [{ column: 'Fonktion', equals: 'x' }] }, 'filters.users.exclude[0].column'],
    [{ include: [{ column: 'Fonction' }] }, 'filters.users.include[0]'],
    [{ include: [{ column: 'Fonction', equals: 'a', pattern: 'b*' }] }, 'filters.users.include[0]'],
    [{ outOfScope: 'drop' as 'keep' }, 'filters.users.outOfScope'],
  ])('refuses %j naming %s', (options, key) => {
    expect(() => resolveScopeFilter('users', options, columns)).toThrow(
      expect.objectContaining({ code: 'CONFIGURATION_INVALID', key }) as Error,
    );
  });
});
