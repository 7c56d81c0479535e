import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApi, userPayload, type TestApi } from './helpers.js';

let api: TestApi;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.sim.close());

describe('GET /users', () => {
  it('returns the demo users with every N2F field, role and profile as French labels', async () => {
    const res = await api.get('users');
    expect(res.status).toBe(200);
    expect(res.body.response.data).toHaveLength(2);
    expect(res.body.response.data[0]).toEqual({
      uuid: 'dXNlci1hZG1pbg==',
      mail: 'admin@n2f-demo.example',
      firstname: 'Admin',
      lastname: 'N2F',
      company: 'MTAwMQ==',
      role: 'Administrateur',
      profile: 'Direction',
      managerMail: null,
      canCreateVehicle: false,
      personnalCarHaveToBeApproved: false,
      removeHomeWorkDistance: false,
      culture: 'fr',
      currencyIsoCode: 'EUR',
      jobTitle: null,
      employeeNumber: null,
      structure: null,
      gotProPayment: false,
      accountingAuxiliaryAccount: null,
      canRaiseLimits: false,
      authMode: 'Integrated',
      defaultCostCenter: null,
      ssoLogin: null,
      accountingAuxiliaryNotReimbursableAccount: null,
      canDefineHisAnalytics: false,
    });
  });
});

describe('POST /users', () => {
  it('creates (201) then replaces (200) a user keyed by lower-cased mail, keeping its uuid', async () => {
    const created = await api.post(
      'users',
      userPayload('Jo@Example.com', { role: ' gebruiker ', profile: 'Kader' }),
    );
    expect(created.status).toBe(201);
    expect(created.body.response.data).toMatchObject({
      mail: 'jo@example.com',
      role: 'Utilisateur',
      profile: 'Cadre',
    });
    const updated = await api.post(
      'users',
      userPayload('jo@example.com', { jobTitle: 'Lead', role: 'Manager' }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.response.data).toMatchObject({ jobTitle: 'Lead', role: 'Manager' });
    expect(updated.body.response.data.uuid).toBe(created.body.response.data.uuid);
    const users = (await api.get('users')).body.response.data;
    expect(users.map((u: { mail: string }) => u.mail)).toEqual([
      'admin@n2f-demo.example',
      'api@n2f-demo.example',
      'jo@example.com',
    ]);
  });

  it('stores role and profile by identity: the state holds uuids', async () => {
    await api.post(
      'users',
      userPayload('a@example.com', { role: 'Beheerder', profile: 'management' }),
    );
    const user = api.sim.state().users.find((u) => u.mail === 'a@example.com');
    expect(user).toMatchObject({ role: 'cm9sZS0z', profile: 'cHJvZi0z' });
  });

  it.each([
    ['mail', { mail: 'not-an-address' }],
    ['company', { company: 'unknown' }],
    ['role', { role: 'Astronaut' }],
    ['role', { role: 'cm9sZS0x' }],
    ['profile', { profile: '' }],
    ['managerMail', { managerMail: 'nobody@example.com' }],
    ['managerMail', { managerMail: 'not-an-address' }],
    ['canCreateVehicle', { canCreateVehicle: 'true' }],
    ['gotProPayment', { gotProPayment: 1 }],
    ['canRaiseLimits', { canRaiseLimits: null }],
    ['culture', { culture: 'de' }],
    ['currencyIsoCode', { currencyIsoCode: 'EURO' }],
    ['firstname', { firstname: 12 }],
  ])('refuses a bad %s with 400 and a field error', async (field, overrides) => {
    const res = await api.post('users', userPayload('bad@example.com', overrides));
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(expect.any(String));
    expect(res.body.errors).toContainEqual({ field, message: expect.any(String) });
    expect(api.sim.state().users).toHaveLength(2);
  });

  it('accepts an existing manager, empty strings and null for text fields', async () => {
    const res = await api.post(
      'users',
      userPayload('b@example.com', {
        managerMail: 'ADMIN@n2f-demo.example',
        jobTitle: null,
        culture: 'NL',
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.response.data).toMatchObject({
      managerMail: 'admin@n2f-demo.example',
      jobTitle: null,
      accountingAuxiliaryAccount: '',
    });
  });

  it('refuses a body that is not JSON or not an object', async () => {
    expect((await api.post('users', '{oops')).status).toBe(400);
    expect((await api.post('users', '')).status).toBe(400);
    expect((await api.post('users', [1, 2])).status).toBe(400);
  });
});

describe('DELETE /users/{mail}', () => {
  it('deletes a user by URL-encoded mail in any case', async () => {
    await api.post('users', userPayload('c@example.com'));
    const res = await api.del(`users/${encodeURIComponent('C@Example.com')}`);
    expect(res.status).toBe(200);
    expect(res.body.response.data.mail).toBe('c@example.com');
    expect(api.sim.state().users.map((u) => u.mail)).not.toContain('c@example.com');
  });

  it('answers 404 for an unknown user', async () => {
    const res = await api.del('users/ghost@example.com');
    expect(res.status).toBe(404);
    expect(res.body.message).toContain('ghost@example.com');
  });

  it('answers 409 while the user manages others, and deletes once they are gone', async () => {
    await api.post('users', userPayload('boss@example.com'));
    await api.post('users', userPayload('report@example.com', { managerMail: 'boss@example.com' }));
    expect((await api.del('users/boss@example.com')).status).toBe(409);
    await api.post('users', userPayload('report@example.com', { managerMail: '' }));
    expect((await api.del('users/boss@example.com')).status).toBe(200);
  });
});
