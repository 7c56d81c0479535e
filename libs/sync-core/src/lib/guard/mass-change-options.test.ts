import { describe, expect, it } from 'vitest';
import { resolveMassChange, type GuardableScope } from './mass-change-options.js';

const guarded = ['company', 'managerMail', 'role', 'profile', 'authMode'];
const scopes: GuardableScope[] = [
  { name: 'users', guardedFields: guarded, compared: [...guarded, 'jobTitle', 'culture'] },
  { name: 'projects', guardedFields: ['names'], compared: ['names', 'validityDateTo'] },
];

describe('resolveMassChange', () => {
  it("guards each scope's defaults at over 20 % and at least 10", () => {
    const limits = resolveMassChange({}, scopes);
    expect([...limits('users').keys()]).toEqual(guarded);
    expect(limits('users').get('company')).toEqual({ threshold: '20%', minimum: 10 });
    expect([...limits('projects').keys()]).toEqual(['names']);
  });

  it('applies per-field limits, added and unguarded fields, and fields let through', () => {
    const limits = resolveMassChange(
      {
        threshold: '5%',
        fields: { users: { managerMail: { minimum: 3 }, jobTitle: {}, authMode: false } },
        allow: ['users.company', 'role', 'projects.names'],
      },
      scopes,
    );
    expect(Object.fromEntries(limits('users'))).toEqual({
      managerMail: { threshold: '5%', minimum: 3 },
      profile: { threshold: '5%', minimum: 10 },
      jobTitle: { threshold: '5%', minimum: 10 },
    });
    expect(limits('projects').size).toBe(0);
  });

  it.each([
    [{ threshold: 'lots' }, 'safety.massChange.threshold'],
    [{ minimum: 2.5 }, 'safety.massChange.minimum'],
    [
      { fields: { users: { managerMail: { threshold: '120%' } } } },
      'safety.massChange.fields.users.managerMail.threshold',
    ],
    [{ fields: { users: { manager: {} } } }, 'safety.massChange.fields.users.manager'],
    [{ allow: ['manager'] }, 'safety.massChange.allow[0]'],
    [{ allow: ['managerMail', 'projects.managerMail'] }, 'safety.massChange.allow[1]'],
  ])('refuses %j at once, naming %s', (options, key) => {
    expect(() => resolveMassChange(options as never, scopes)).toThrow(
      expect.objectContaining({ key }) as Error,
    );
  });
});
