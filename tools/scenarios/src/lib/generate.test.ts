import { describe, expect, it } from 'vitest';
import { generateScenario } from './generate.js';
import { resolveScenarioOptions } from './options.js';

describe('generateScenario', () => {
  const options = {
    seed: 5,
    users: 300,
    companies: 3,
    valuesPerAxe: 120,
    cycles: 2,
    invalidRate: 0.05,
    changedRate: 0.1,
    unknownManagers: 4,
  };

  it('is deterministic per seed', () => {
    expect(generateScenario(options)).toEqual(generateScenario(options));
    expect(generateScenario({ ...options, seed: 6 })).not.toEqual(generateScenario(options));
  });

  it('produces the rows and the N2F state its expectations describe', () => {
    const { agresso, n2f, expected, protected: keep } = generateScenario(options);
    const users = expected.users;
    const duplicates = agresso.users.length - (300 + 2 * 2);
    expect(duplicates).toBeGreaterThanOrEqual(0);
    expect(users.creates + users.unchanged + users.updates - 2 + users.invalid - duplicates).toBe(
      300 + 4,
    );
    expect(n2f.users.map((u) => u.mail)).toEqual(expect.arrayContaining(keep));
    expect(expected.cycles).toBe(2);
    expect(expected.unknownManagers).toBe(4);
    expect(agresso.users.filter((r) => r.Manager?.toLowerCase().includes('nowhere'))).toHaveLength(
      4,
    );
    expect(n2f.companies.map((c) => c.code)).toEqual(['BE10', 'NL20', 'C003']);
    expect(n2f.customAxes).toHaveLength(6);
    expect(new Set(n2f.customAxes.map((a) => a.uuid)).size).toBe(6);
  });

  it('generates one part alone, identical to the same part of the whole', () => {
    const whole = generateScenario(options);
    const users = generateScenario({ ...options, parts: ['users'] });
    const axes = generateScenario({ ...options, parts: ['axes'] });
    expect(users.agresso.users).toEqual(whole.agresso.users);
    expect(users.agresso.analytics).toEqual([]);
    expect(users.n2f.axeValues).toEqual([]);
    expect(axes.n2f.axeValues).toEqual(whole.n2f.axeValues);
    expect(axes.expected.plates).toEqual(whole.expected.plates);
    expect(axes.n2f.users).toEqual([]);
    expect(axes.expected.users.creates).toBe(0);
  });

  it('shares value codes across companies', () => {
    const { n2f } = generateScenario(options);
    const companiesOf = new Map<string, Set<string>>();
    for (const value of n2f.axeValues)
      companiesOf.set(value.code, (companiesOf.get(value.code) ?? new Set()).add(value.company));
    expect([...companiesOf.values()].some((set) => set.size === 3)).toBe(true);
  });

  it('validates its options, naming the bad one', () => {
    expect(() => resolveScenarioOptions({ users: -1 })).toThrow(/users/);
    expect(() => resolveScenarioOptions({ changedRate: 2 })).toThrow(/changedRate/);
    expect(() => resolveScenarioOptions({ companies: 0 })).toThrow(/companies/);
  });
});
