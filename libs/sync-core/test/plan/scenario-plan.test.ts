import { generateScenario } from '@n2f/scenarios';
import { describe, expect, it } from 'vitest';
import { axeTargets, scenarioInputs } from '../fixtures/scenario.js';
import {
  platesScope,
  projectsScope,
  subpostsScope,
} from '../../src/lib/scopes/axes/builtin-scopes.js';
import { usersScope } from '../../src/lib/scopes/users/users-scope.js';
import { plan } from '../../src/lib/plan/plan.js';

describe('plan against generated scenarios', () => {
  it.each([1, 2, 3])('finds exactly what scenario %i planted', (seed) => {
    const scenario = generateScenario({
      seed,
      users: 600,
      companies: 3,
      valuesPerAxe: 300,
      cycles: 3,
      invalidRate: 0.04,
      changedRate: 0.08,
      unknownManagers: 5,
    });
    const inputs = scenarioInputs(scenario);
    const options = {
      actions: ['create', 'update', 'delete'] as const,
      protected: scenario.protected,
    };
    const count = (p: ReturnType<typeof plan>) => ({
      creates: p.counts.creates,
      updates: p.counts.updates,
      deletes: p.counts.deletes,
      protected: p.counts.protected,
      unchanged: p.counts.unchanged,
      invalid: p.counts.invalid,
    });
    const users = plan(usersScope(), inputs.userRows, inputs.users, inputs.references, options);
    expect(count(users)).toEqual(scenario.expected.users);
    expect(users.warnings.filter((w) => w.code === 'UNKNOWN_MANAGER')).toHaveLength(5);
    expect(users.warnings.filter((w) => w.code === 'MANAGER_CYCLE')).toHaveLength(3);
    const axes = [
      [projectsScope(), 'projects', 'projects'],
      [platesScope(), 'plaque', 'plates'],
      [subpostsScope(), 'subpost', 'subposts'],
    ] as const;
    for (const [scope, axe, name] of axes) {
      const result = plan(
        scope,
        inputs.analyticsRows,
        axeTargets(scenario.n2f, axe),
        inputs.references,
        options,
      );
      expect(count(result), name).toEqual(scenario.expected[name]);
    }
  });
});
