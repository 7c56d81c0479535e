export { generateScenario } from './lib/generate.js';
export { createRandom } from './lib/prng.js';
export { resolveScenarioOptions } from './lib/options.js';
export { customAxeUuid, PROFILES, ROLES, SERVICE_ACCOUNTS } from './lib/account.js';

export type { Random } from './lib/prng.js';
export type { ResolvedScenarioOptions, ScenarioOptions } from './lib/options.js';
export type {
  ExpectedCounts,
  Scenario,
  ScenarioAnalyticsRow,
  ScenarioAxeValue,
  ScenarioExpected,
  ScenarioN2fUser,
  ScenarioName,
  ScenarioState,
  ScenarioUserRow,
} from './lib/types.js';
