import type { SourceRecord, AgressoUserRow } from '@n2f/agresso-source';
import { describe, expect, it } from 'vitest';
import { demoReferences, n2fUser, records, userRow } from '../../../../test/fixtures/demo.js';
import { usersScope } from './users-scope.js';
import { plan } from '../../plan/plan.js';
import type { PlanOptions } from '../../model/plan-options.js';

const ALL: PlanOptions = { actions: ['create', 'update', 'delete'] };
const run = (
  rows: readonly AgressoUserRow[],
  users = [n2fUser('admin@n2f-demo.example')],
  options: PlanOptions = ALL,
) => plan(usersScope(), records(rows), users, demoReferences, options);

describe('plan: users, change detection', () => {
  it('sees no change when N2F holds the same user in its own forms', () => {
    const n2f = n2fUser('ann@iris.be', {
      role: 'Gebruiker', // another culture
      profile: ' standaard ',
      canCreateVehicle: 'false', // boolean as text
      personnalCarHaveToBeApproved: 'true',
      gotProPayment: null, // null ≡ false
      jobTitle: 'Consultant ',
      culture: 'FR',
      accountingAuxiliaryAccount: '', // empty ≡ null
    });
    const result = run([userRow(' Ann@Iris.be ')], [n2f], { actions: ['create', 'update'] });
    expect(result.invalid).toEqual([]);
    expect(result.creates).toEqual([]);
    expect(result.updates).toEqual([]);
    expect(result.counts.unchanged).toBe(1);
  });

  it('lists the changed fields with before and after, and sends the full payload', () => {
    const result = run(
      [userRow('ann@iris.be', { Fonction: 'Manager', Creation_Vehicule: 'oui' })],
      [n2fUser('ann@iris.be')],
    );
    expect(result.updates).toHaveLength(1);
    const [update] = result.updates;
    expect(update?.changes).toEqual([
      { field: 'canCreateVehicle', before: false, after: true },
      { field: 'jobTitle', before: 'Consultant', after: 'Manager' },
    ]);
    expect(update?.before['jobTitle']).toBe('Consultant');
    expect(update?.payload).toMatchObject({
      mail: 'ann@iris.be',
      jobTitle: 'Manager',
      canCreateVehicle: true,
      firstname: 'Ann',
      role: 'Utilisateur',
    });
  });

  it('sends create-only fields on create, and neither compares nor overwrites them later', () => {
    const scope = usersScope({ createOnly: ['culture'] });
    const rows = [
      userRow('ann@iris.be', { langue: 'nl', Fonction: 'Manager' }),
      userRow('new@iris.be', { langue: 'nl' }),
    ];
    const result = plan(
      scope,
      records(rows),
      [n2fUser('ann@iris.be', { culture: 'fr' })],
      demoReferences,
      ALL,
    );
    expect(result.creates[0]?.payload).toMatchObject({ mail: 'new@iris.be', culture: 'nl' });
    expect(result.updates[0]?.changes.map((c) => c.field)).toEqual(['jobTitle']);
    expect(result.updates[0]?.payload).toMatchObject({ culture: 'fr', jobTitle: 'Manager' });
    const same = plan(
      scope,
      records([userRow('ann@iris.be', { langue: 'nl' })]),
      [n2fUser('ann@iris.be', { culture: 'fr' })],
      demoReferences,
      ALL,
    );
    expect(same.counts.unchanged).toBe(1);
  });

  it('builds create payloads with every conversion of domain.md §2', () => {
    const result = run([
      userRow('new@iris.be', {
        Role: 'BEHEERDER',
        Profil: 'Kader',
        Methode_SSO: 'SAML',
        Structure: '  ',
        langue: 'NL',
        Devise: 'eur',
      }),
    ]);
    expect(result.creates[0]?.payload).toEqual({
      mail: 'new@iris.be',
      firstname: 'Ann',
      lastname: 'Peeters',
      company: 'MTAwMQ==',
      role: 'Administrateur',
      profile: 'Cadre',
      managerMail: null,
      canCreateVehicle: false,
      personnalCarHaveToBeApproved: true,
      removeHomeWorkDistance: false,
      culture: 'nl',
      currencyIsoCode: 'EUR',
      jobTitle: 'Consultant',
      employeeNumber: '1001',
      structure: 'L3',
      gotProPayment: false,
      accountingAuxiliaryAccount: null,
      canRaiseLimits: false,
      authMode: 'Sso',
    });
    expect(result.creates[0]?.after['role']).toBe('cm9sZS0z');
  });

  it('always writes authMode Integrated in the sandbox', () => {
    const result = run([userRow('new@iris.be')], [], { sandbox: true });
    expect(result.creates[0]?.payload.authMode).toBe('Integrated');
  });

  it('reports duplicate keys in N2F once and keeps the first', () => {
    const result = run(
      [userRow('ann@iris.be')],
      [n2fUser('ann@iris.be'), n2fUser('ANN@iris.be', { jobTitle: 'Other' })],
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'DUPLICATE_TARGET_KEY', key: 'ann@iris.be' }),
    );
    expect(result.updates).toEqual([]);
  });
});

describe('plan: users, invalid rows', () => {
  it('rejects a bad boolean naming the column and the value', () => {
    const result = run([userRow('ann@iris.be', { Appro_Veh_Adm: 'peut-être' })]);
    expect(result.invalid).toEqual([
      expect.objectContaining({
        scope: 'users',
        key: 'ann@iris.be',
        field: 'personnalCarHaveToBeApproved',
        column: 'Appro_Veh_Adm',
        value: 'peut-être',
        rowNumber: 1,
      }),
    ]);
    expect(result.invalid[0]?.fix).toMatch(/oui\/non/);
    expect(result.creates).toEqual([]);
    expect(result.counts.invalid).toBe(1);
  });

  it('reports every bad field of a row, counting the row once', () => {
    const result = run([
      userRow('ann@iris.be', { Entreprise: 'XX99', Role: 'Pilot', Profil: null }),
    ]);
    expect(result.invalid.map((r) => r.field)).toEqual(['company', 'role', 'profile']);
    expect(result.counts.invalid).toBe(1);
  });

  it('rejects a malformed e-mail with no key', () => {
    const result = run([userRow('ann.iris.be')]);
    expect(result.invalid[0]).toMatchObject({ key: null, field: 'mail', column: 'AdresseEmail' });
  });

  it('sends none of the rows sharing an e-mail once trimmed and lower-cased, whatever their order', () => {
    for (const rows of [
      [userRow('ann@iris.be'), userRow('bob@iris.be'), userRow('ANN@iris.be ', { Nom: 'Other' })],
      [userRow('ANN@iris.be ', { Nom: 'Other' }), userRow('bob@iris.be'), userRow('ann@iris.be')],
    ]) {
      const result = run(rows);
      expect(result.creates.map((entry) => entry.key)).toEqual(['bob@iris.be']);
      expect(result.invalid).toEqual([
        expect.objectContaining({ key: 'ann@iris.be', field: 'key', rowNumber: 1, problem: expect.stringMatching(/^is the key of rows 1, 3 .*none of them is sent and nothing is created/) }),
        expect.objectContaining({ key: 'ann@iris.be', field: 'key', rowNumber: 3 }),
      ]);
      expect(result.counts.invalid).toBe(2);
    }
  });

  it('holds the N2F user whose e-mail the source repeats: neither updated nor deleted, and says so', () => {
    const n2f = [n2fUser('ann@iris.be', { jobTitle: 'Old' }), n2fUser('admin@n2f-demo.example')];
    const result = run([userRow('ann@iris.be'), userRow(' Ann@Iris.be', { Fonction: 'New' }), userRow('ann@iris.be')], n2f);
    expect(result.updates).toEqual([]);
    expect(result.deletes.map((entry) => entry.key)).toEqual(['admin@n2f-demo.example']);
    expect(result.invalid.map((record) => record.rowNumber)).toEqual([1, 2, 3]);
    expect(result.invalid[0]?.problem).toMatch(/the N2F record "ann@iris\.be" is held \(neither updated nor deleted\) this run/);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS_SOURCE_KEY', key: 'ann@iris.be' }));
  });

  it('carries the rows the source could not type, and never deletes their user', () => {
    const source: SourceRecord<AgressoUserRow>[] = [
      {
        valid: false,
        rowNumber: 4,
        invalid: {
          view: 'users',
          rowNumber: 4,
          key: 'Bob@iris.be',
          column: 'Prenom',
          value: 12,
          reason: 'expected text or NULL, got a number',
          fix: 'return Prenom as text (nvarchar) from the query (its SQL file)',
        },
      },
    ];
    const result = plan(usersScope(), source, [n2fUser('bob@iris.be')], demoReferences, ALL);
    expect(result.invalid).toEqual([
      expect.objectContaining({
        scope: 'users',
        key: 'Bob@iris.be',
        field: 'Prenom',
        value: 12,
        rowNumber: 4,
      }),
    ]);
    expect(result.deletes).toEqual([]);
  });

  it('never deletes the N2F user of an invalid row', () => {
    const result = run(
      [userRow('ann@iris.be', { Creation_Vehicule: 'x' })],
      [n2fUser('ann@iris.be')],
    );
    expect(result.deletes).toEqual([]);
  });
});

describe('plan: users, managers', () => {
  const managed = (mail: string, manager: string | null) => userRow(mail, { Manager: manager });

  it('creates managers before their reports, each user once', () => {
    const result = run([
      managed('c@iris.be', 'b@iris.be'),
      managed('b@iris.be', 'a@iris.be'),
      managed('a@iris.be', null),
    ]);
    expect(result.creates.map((e) => e.key)).toEqual(['a@iris.be', 'b@iris.be', 'c@iris.be']);
    expect(result.creates[2]?.payload.managerMail).toBe('b@iris.be');
  });

  it('writes a user without manager when the manager is nowhere, with a warning naming it', () => {
    const result = run([managed('c@iris.be', 'ghost@iris.be')]);
    expect(result.creates[0]?.payload.managerMail).toBeNull();
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'UNKNOWN_MANAGER',
        key: 'c@iris.be',
        message: expect.stringContaining('ghost@iris.be'),
      }),
    );
  });

  it('keeps a manager already in N2F even when its own row is invalid', () => {
    const result = run(
      [managed('c@iris.be', 'boss@iris.be'), userRow('boss@iris.be', { Role: 'nope' })],
      [n2fUser('boss@iris.be')],
    );
    expect(result.creates[0]?.payload.managerMail).toBe('boss@iris.be');
  });

  it('writes reports without manager when the new manager is invalid', () => {
    const result = run([
      managed('c@iris.be', 'boss@iris.be'),
      userRow('boss@iris.be', { Role: 'nope' }),
    ]);
    expect(result.creates.map((e) => e.key)).toEqual(['c@iris.be']);
    expect(result.creates[0]?.payload.managerMail).toBeNull();
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'MANAGER_INVALID', key: 'c@iris.be' }),
    );
  });

  it('never links to a manager that will not be created when creates are off', () => {
    const result = run(
      [managed('c@iris.be', 'boss@iris.be'), managed('boss@iris.be', null)],
      [n2fUser('c@iris.be')],
      { actions: ['update'] },
    );
    expect(result.creates).toEqual([]);
    expect(result.counts.skipped.creates).toBe(1);
    expect(result.counts.unchanged).toBe(1);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'MANAGER_NOT_CREATED', key: 'c@iris.be' }),
    );
  });

  it('unlinks a manager that is only in N2F when it is being deleted, keeps it otherwise', () => {
    const rows = [managed('c@iris.be', 'old@iris.be')];
    const n2f = [n2fUser('old@iris.be')];
    const deleting = run(rows, n2f);
    expect(deleting.creates[0]?.payload.managerMail).toBeNull();
    expect(deleting.warnings).toContainEqual(
      expect.objectContaining({ code: 'MANAGER_REMOVED', key: 'c@iris.be' }),
    );
    expect(run(rows, n2f, { actions: ['create'] }).creates[0]?.payload.managerMail).toBe(
      'old@iris.be',
    );
    expect(run(rows, n2f, { ...ALL, protected: ['old@*'] }).creates[0]?.payload.managerMail).toBe(
      'old@iris.be',
    );
  });

  it('breaks a cycle: one is created without manager, then linked by a follow-up update', () => {
    const result = run([managed('a@iris.be', 'b@iris.be'), managed('b@iris.be', 'a@iris.be')]);
    expect(result.creates.map((e) => [e.key, e.payload.managerMail])).toEqual([
      ['a@iris.be', null],
      ['b@iris.be', 'a@iris.be'],
    ]);
    expect(result.updates).toEqual([
      expect.objectContaining({
        key: 'a@iris.be',
        followUp: true,
        changes: [{ field: 'managerMail', before: null, after: 'b@iris.be' }],
      }),
    ]);
    expect(result.updates[0]?.payload.managerMail).toBe('b@iris.be');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'MANAGER_CYCLE',
        message: expect.stringContaining('a@iris.be → b@iris.be → a@iris.be'),
      }),
    );
  });
});

describe('plan: users, deletes', () => {
  const n2f = [
    n2fUser('admin@n2f-demo.example'),
    n2fUser('api@n2f-demo.example'),
    n2fUser('boss@iris.be'),
    n2fUser('rep@iris.be', { managerMail: 'boss@iris.be' }),
  ];

  it('lists delete candidates, marking protected addresses and globs, reports before managers', () => {
    const result = run([], n2f, { ...ALL, protected: ['ADMIN@n2f-demo.example', '*@N2F-demo.*'] });
    expect(result.deletes.map((e) => [e.key, e.protected])).toEqual([
      ['rep@iris.be', false],
      ['boss@iris.be', false],
      ['api@n2f-demo.example', true],
      ['admin@n2f-demo.example', true],
    ]);
    expect(result.counts).toMatchObject({ deletes: 2, protected: 2 });
  });

  it('plans no delete unless asked, and counts them as skipped', () => {
    const result = run([], n2f, { actions: ['create', 'update'] });
    expect(result.deletes).toEqual([]);
    expect(result.counts.skipped.deletes).toBe(4);
  });
});

describe('plan: users, the plan itself', () => {
  it('is plain JSON', () => {
    const result = run(
      [
        userRow('a@iris.be', { Manager: 'b@iris.be' }),
        userRow('b@iris.be', { Manager: 'a@iris.be' }),
      ],
      [n2fUser('x@iris.be')],
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('warns about a role label shared by two roles and uses the first', () => {
    const references = {
      ...demoReferences,
      roles: [
        ...demoReferences.roles,
        { uuid: 'dup', names: [{ culture: 'fr', value: 'utilisateur' }] },
      ],
    };
    const result = plan(usersScope(), records([userRow('a@iris.be')]), [], references, ALL);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'AMBIGUOUS_LABEL' }));
    expect(result.creates[0]?.after['role']).toBe('cm9sZS0x');
  });
});
