import { describe, expect, it } from 'vitest';
import { demoReferences, n2fUser, records, userRow } from '../../testing-fixtures/demo.js';
import { usersScope } from '../scopes/users-scope.js';
import { plan } from './plan.js';

describe('plan (users)', () => {
  it('plans nothing when N2F already matches', () => {
    const result = plan(
      usersScope(),
      records([userRow('ann@iris.be')]),
      [n2fUser('ann@iris.be')],
      demoReferences,
    );
    expect(result.invalid).toEqual([]);
    expect(result.updates).toEqual([]);
    expect(result.counts.unchanged).toBe(1);
  });
});
