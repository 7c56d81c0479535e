import type { AgressoAnalyticsRow, AgressoUserRow } from '@n2f/agresso-source';
import type { N2fUser } from '@n2f/n2f-client';
import { generateScenario } from '@n2f/scenarios';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyticsRow, demoReferences, n2fUser, records, userRow } from '../fixtures/demo.js';
import { axeTargets, scenarioInputs } from '../fixtures/scenario.js';
import type { AxeValueTarget } from '../../src/lib/scopes/axes/axe-record.js';
import { platesScope, projectsScope } from '../../src/lib/scopes/axes/builtin-scopes.js';
import { usersScope } from '../../src/lib/scopes/users/users-scope.js';
import { applyAxePlan, applyUsersPlan } from '../../src/lib/testing/apply-plan.js';
import { plan } from '../../src/lib/plan/plan.js';
import type { PlanOptions } from '../../src/lib/model/plan-options.js';
import type { ScopePlan } from '../../src/lib/model/plan-types.js';

const POOL = ['a@x.be', 'b@x.be', 'c@x.be', 'd@x.be', 'e@x.be', 'f@x.be'];
const ALL: PlanOptions = { actions: ['create', 'update', 'delete'], protected: ['f@*'] };

const mail = fc
  .tuple(fc.constantFrom(...POOL), fc.boolean(), fc.boolean())
  .map(([m, upper, pad]) => (pad ? ' ' : '') + (upper ? m.toUpperCase() : m));
const boolForm = fc.constantFrom<unknown>(
  true,
  false,
  0,
  1,
  'Y',
  'n',
  'oui',
  'NEE',
  '',
  null,
  'maybe',
);
const label = (labels: readonly string[]) => fc.constantFrom(...labels, 'Unknown');
const userRowArb = fc
  .record({
    mail,
    manager: fc.option(fc.oneof(mail, fc.constant('ghost@nowhere.be')), { nil: null }),
    role: label(['Utilisateur', 'GEBRUIKER', ' manager', 'Administrator']),
    profile: label(['Standard', 'kader', 'Directie']),
    vehicle: boolForm,
    job: fc.constantFrom('Dev', '', null, ' Dev '),
    company: fc.constantFrom('BE10', ' NL20', 'be10', 'XX'),
  })
  .map((r) =>
    userRow(r.mail, {
      Manager: r.manager,
      Role: r.role,
      Profil: r.profile,
      Creation_Vehicule: r.vehicle,
      Fonction: r.job,
      Entreprise: r.company,
    }),
  );
const n2fUserArb = fc
  .record({
    mail: fc.constantFrom(...POOL),
    manager: fc.option(fc.constantFrom(...POOL), { nil: null }),
    role: fc.constantFrom('Utilisateur', 'Beheerder', 'cm9sZS0y', 'Gone'),
    vehicle: fc.constantFrom<unknown>(true, false, 'true', null),
    job: fc.constantFrom('Dev', '', null),
  })
  .map((u) =>
    n2fUser(u.mail, {
      managerMail: u.manager,
      role: u.role,
      canCreateVehicle: u.vehicle,
      jobTitle: u.job,
    }),
  );
const world = fc.record({
  rows: fc.array(userRowArb, { maxLength: 10 }),
  users: fc.array(n2fUserArb, { maxLength: 8 }),
});

const writes = (p: ScopePlan) =>
  p.creates.length + p.updates.length + p.deletes.filter((d) => !d.protected).length;

function assertManagerFirst(
  result: ScopePlan<{ managerMail?: string | null | undefined }>,
  users: readonly N2fUser[],
): void {
  const exists = new Set(users.map((u) => u.mail.trim().toLowerCase()));
  for (const entry of result.creates) {
    const manager = entry.payload.managerMail;
    if (typeof manager === 'string')
      expect(exists.has(manager), `${entry.key} created before ${manager}`).toBe(true);
    exists.add(entry.key);
  }
}

function assertUniqueKeys(result: ScopePlan): void {
  const keys = [
    ...result.creates,
    ...result.deletes,
    ...result.updates.filter((u) => !u.followUp),
  ].map((e) => e.key);
  expect(new Set(keys).size).toBe(keys.length);
}

describe('plan properties (users)', () => {
  it('converges: applying a plan and planning again finds nothing to write', () => {
    fc.assert(
      fc.property(world, ({ rows, users }) => {
        const first = plan(usersScope(), records(rows), users, demoReferences, ALL);
        const applied = applyUsersPlan(users, first);
        const second = plan(usersScope(), records(rows), applied, demoReferences, ALL);
        expect(writes(second)).toBe(0);
      }),
    );
  });

  it('creates managers first, never plans a key twice, and is deterministic', () => {
    fc.assert(
      fc.property(world, ({ rows, users }) => {
        const result = plan(usersScope(), records(rows), users, demoReferences, ALL);
        assertManagerFirst(result, users);
        assertUniqueKeys(result);
        expect(plan(usersScope(), records(rows), users, demoReferences, ALL)).toEqual(result);
      }),
    );
  });
});

describe('plan properties (axe values)', () => {
  const axeRow = fc
    .record({
      typ: fc.constantFrom('PROJECT', ' plaque', 'SUBPOST'),
      client: fc.constantFrom('BE10', 'NL20 ', 'XX'),
      code: fc.constantFrom('A', 'B', 'C'),
      description: fc.constantFrom('One', 'Two', ''),
      to: fc.constantFrom('2099-12-31', '31/12/2026', '2025-13-01', null),
    })
    .map((r) =>
      analyticsRow(r.typ, r.client, r.code, { description: r.description, date_to: r.to }),
    );
  const axeValue = fc
    .record({
      company: fc.constantFrom('MTAwMQ==', 'MTAwMg=='),
      code: fc.constantFrom('A', 'B', 'C', 'D'),
      name: fc.constantFrom('One', 'Two'),
      to: fc.constantFrom(null, '2026-12-31T00:00:00Z', '2025-01-01T00:00:00'),
    })
    .map((v): AxeValueTarget => ({
      company: v.company,
      axe: 'projects',
      value: {
        code: v.code,
        names: [{ culture: 'fr', value: v.name }],
        validityDateFrom: '2025-01-01T00:00:00Z',
        validityDateTo: v.to,
      },
    }));
  const axeWorld = fc.record({
    rows: fc.array(axeRow, { maxLength: 12 }),
    values: fc.array(axeValue, { maxLength: 8 }),
    expire: fc.boolean(),
  });

  it('converges, in delete and in expire mode', () => {
    fc.assert(
      fc.property(axeWorld, ({ rows, values, expire }) => {
        const options: PlanOptions = {
          ...ALL,
          axeDeleteMode: expire ? 'expire' : 'delete',
          today: '2025-06-15',
        };
        const first = plan(
          projectsScope(),
          records<AgressoAnalyticsRow>(rows),
          values,
          demoReferences,
          options,
        );
        assertUniqueKeys(first);
        const second = plan(
          projectsScope(),
          records<AgressoAnalyticsRow>(rows),
          applyAxePlan(values, first),
          demoReferences,
          options,
        );
        expect(writes(second)).toBe(0);
      }),
    );
  });
});

describe('plan properties (generated scenarios)', () => {
  const scenarioArb = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    users: fc.integer({ min: 0, max: 150 }),
    companies: fc.integer({ min: 1, max: 4 }),
    valuesPerAxe: fc.integer({ min: 0, max: 60 }),
    managerDepth: fc.integer({ min: 0, max: 5 }),
    cycles: fc.integer({ min: 0, max: 3 }),
    invalidRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
    changedRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  });

  it('meets the expected counts, converges and orders managers first', () => {
    fc.assert(
      fc.property(scenarioArb, (options) => {
        const scenario = generateScenario(options);
        const inputs = scenarioInputs(scenario);
        const planOptions: PlanOptions = { ...ALL, protected: scenario.protected };
        const users = plan(
          usersScope(),
          inputs.userRows,
          inputs.users,
          inputs.references,
          planOptions,
        );
        expect(users.counts).toMatchObject(scenario.expected.users);
        assertManagerFirst(users, inputs.users);
        const again = plan(
          usersScope(),
          inputs.userRows,
          applyUsersPlan(inputs.users, users),
          inputs.references,
          planOptions,
        );
        expect(writes(again)).toBe(0);
        const plates = plan(
          platesScope(),
          inputs.analyticsRows,
          axeTargets(scenario.n2f, 'plaque'),
          inputs.references,
          planOptions,
        );
        expect(plates.counts).toMatchObject(scenario.expected.plates);
      }),
      { numRuns: 40 },
    );
  });
});

// Keeps the row type honest: the arbitraries build full Agresso rows.
export type { AgressoUserRow };
