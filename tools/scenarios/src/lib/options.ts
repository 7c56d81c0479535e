/** What to generate; every field optional. */
export interface ScenarioOptions {
  /** PRNG seed; the same options always give the same scenario. @default 1 */
  seed?: number;
  /** Distinct people in the Agresso users view (cycles come on top). @default 100 */
  users?: number;
  /** N2F companies (the first two are the demo account's BE10 and NL20). @default 2 */
  companies?: number;
  /** Agresso values of each type (PROJECT, PLAQUE, SUBPOST), spread over the companies. @default 50 */
  valuesPerAxe?: number;
  /** Levels of the management tree (0: nobody has a manager). @default 3 */
  managerDepth?: number;
  /** Pairs of new users managing each other. @default 0 */
  cycles?: number;
  /** Share of source rows that are invalid (their N2F records exist and must be left alone). @default 0 */
  invalidRate?: number;
  /** Share of existing records that differ in N2F. @default 0.05 */
  changedRate?: number;
  /** Existing users whose manager exists neither in Agresso nor in N2F. @default 0 */
  unknownManagers?: number;
  /** Share of source records not yet in N2F. @default 0.02 */
  newRate?: number;
  /** N2F-only records (to delete), as a share of the source size. @default 0.01 */
  removedRate?: number;
  /** Which parts to generate; a part left out is empty (each part has its own random stream). @default ['users', 'axes'] */
  parts?: readonly ('users' | 'axes')[];
}

/** Options with defaults applied. */
export type ResolvedScenarioOptions = Required<ScenarioOptions>;

const DEFAULTS: ResolvedScenarioOptions = {
  seed: 1,
  users: 100,
  companies: 2,
  valuesPerAxe: 50,
  managerDepth: 3,
  cycles: 0,
  invalidRate: 0,
  changedRate: 0.05,
  unknownManagers: 0,
  newRate: 0.02,
  removedRate: 0.01,
  parts: ['users', 'axes'],
};

const RATES = ['invalidRate', 'changedRate', 'newRate', 'removedRate'] as const;
const COUNTS = [
  'seed',
  'users',
  'companies',
  'valuesPerAxe',
  'managerDepth',
  'cycles',
  'unknownManagers',
] as const;

/** Applies defaults; a count that is not a non-negative integer or a rate outside [0, 1] throws a `RangeError` naming it. */
export function resolveScenarioOptions(options: ScenarioOptions = {}): ResolvedScenarioOptions {
  const resolved = { ...DEFAULTS, ...options };
  for (const key of COUNTS) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 0)
      throw new RangeError(
        `scenario option ${key} must be a non-negative integer, got ${resolved[key]}`,
      );
  }
  for (const key of RATES) {
    if (!(resolved[key] >= 0 && resolved[key] <= 1))
      throw new RangeError(`scenario option ${key} must be between 0 and 1, got ${resolved[key]}`);
  }
  if (resolved.companies < 1) throw new RangeError('scenario option companies must be at least 1');
  for (const part of resolved.parts) {
    if (part !== 'users' && part !== 'axes')
      throw new RangeError(`scenario option parts: unknown part ${String(part)}`);
  }
  return resolved;
}
