import { accountState, SERVICE_ACCOUNTS } from './account.js';
import { AXE_TYPES, generateAxeValues } from './axe-values.js';
import { resolveScenarioOptions, type ScenarioOptions } from './options.js';
import { createRandom } from './prng.js';
import type {
  ExpectedCounts,
  Scenario,
  ScenarioAnalyticsRow,
  ScenarioAxeValue,
  ScenarioExpected,
} from './types.js';
import { generateUsers } from './users.js';

/**
 * Generates matching Agresso rows and an N2F simulator state, with the counts a plan must find
 * (create, update and delete asked; the service accounts protected). Deterministic per seed.
 * @example const scenario = generateScenario({ seed: 7, users: 1000, changedRate: 0.05 });
 */
export function generateScenario(options: ScenarioOptions = {}): Scenario {
  const o = resolveScenarioOptions(options);
  const account = accountState(o.companies);
  const withUsers = o.parts.includes('users');
  const users = withUsers
    ? generateUsers(createRandom(o.seed), o, account.companies)
    : { rows: [], users: [], expected: noCounts(), unknownManagers: 0 };
  // The axes draw from their own stream, so generating one part leaves the other unchanged.
  const random = createRandom(o.seed ^ 0x5bd1e995);
  const analytics: ScenarioAnalyticsRow[] = [];
  const axeValues: ScenarioAxeValue[] = [];
  const expected: Partial<ScenarioExpected> = {
    users: users.expected,
    unknownManagers: users.unknownManagers,
    cycles: withUsers ? o.cycles : 0,
  };
  for (const type of AXE_TYPES) {
    const generated = o.parts.includes('axes')
      ? generateAxeValues(random, o, type, account.companies)
      : { rows: [], values: [], expected: noCounts() };
    for (const row of generated.rows) analytics.push(row);
    for (const value of generated.values) axeValues.push(value);
    expected[type.scope] = generated.expected;
  }
  return {
    agresso: { users: users.rows, analytics: random.shuffle(analytics) },
    n2f: { ...account, users: users.users, axeValues },
    protected: [...SERVICE_ACCOUNTS],
    expected: expected as ScenarioExpected,
  };
}

function noCounts(): ExpectedCounts {
  return { creates: 0, updates: 0, deletes: 0, protected: 0, unchanged: 0, invalid: 0 };
}
