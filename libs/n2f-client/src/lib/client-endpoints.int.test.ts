import { isApiError, isValidationError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { BE10, clientOf, recordingFetch, simulator } from '../../test/simulator.js';

const jan = {
  mail: 'jan+test@iris.example',
  firstname: 'Jan',
  lastname: 'Peeters',
  company: BE10,
  role: 'Gebruiker',
  profile: 'Standard',
  managerMail: null,
  culture: 'nl',
  currencyIsoCode: 'EUR',
  canCreateVehicle: true,
  jobTitle: undefined,
} as const;

describe('N2F client endpoints against the simulator', () => {
  it('reads companies, roles, profiles and the custom axes of a company', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim);
    const companies = await n2f.listCompanies();
    expect(companies.items.map((c) => [c.code, c.uuid])).toEqual([
      ['BE10', 'MTAwMQ=='],
      ['NL20', 'MTAwMg=='],
    ]);
    expect(companies).toMatchObject({ duplicates: [], pages: 1 });
    const roles = await n2f.listRoles();
    expect(roles.map((r) => r.uuid)).toEqual(['cm9sZS0x', 'cm9sZS0y', 'cm9sZS0z']);
    expect(roles[0]?.names).toContainEqual({ culture: 'fr', value: 'Utilisateur' });
    const profiles = await n2f.listUserProfiles();
    expect(profiles.map((p) => p.uuid)).toEqual(['cHJvZi0x', 'cHJvZi0y', 'cHJvZi0z']);
    const axes = await n2f.listCustomAxes(BE10);
    expect(axes.items.map((a) => a.uuid)).toEqual(['YXhlLWJlLXBsYXF1ZQ==', 'YXhlLWJlLXN1YnBvc3Q=']);
  });

  it('creates, updates, lists and deletes a user, with the mail encoded in the path', async () => {
    const sim = await simulator();
    const wire = recordingFetch();
    const n2f = clientOf(sim, { fetch: wire.fetch });
    await n2f.upsertUser(jan);
    await n2f.upsertUser({ ...jan, firstname: 'Jean' });
    const listed = (await n2f.listUsers()).items.find((u) => u.mail === jan.mail);
    expect(listed).toMatchObject({ firstname: 'Jean', lastname: 'Peeters', company: BE10 });
    expect(await n2f.deleteUser(jan.mail)).toMatchObject({ status: expect.any(Number) as number });
    expect((await n2f.listUsers()).items.map((u) => u.mail)).not.toContain(jan.mail);
    expect(wire.urls).toContain(`${sim.url}users/jan%2Btest%40iris.example`);
    expect(wire.urls.every((url) => !new URL(url).pathname.includes('//'))).toBe(true);
    const posted = sim.state().users.length;
    expect(posted).toBe(2);
  });

  it('creates, lists and deletes an axe value, with the code encoded in the path', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim);
    const value = {
      code: 'P 1#2',
      names: [
        { culture: 'fr', value: 'Projet un' },
        { culture: 'nl', value: 'Project een' },
      ],
      validityDateFrom: '2025-01-01T00:00:00Z',
      validityDateTo: null,
    };
    await n2f.upsertAxeValue(BE10, 'projects', value);
    const listed = await n2f.listAxeValues(BE10, 'projects');
    expect(listed.items).toEqual([
      expect.objectContaining({ code: 'P 1#2', validityDateTo: null }),
    ]);
    await n2f.deleteAxeValue(BE10, 'projects', 'P 1#2');
    expect((await n2f.listAxeValues(BE10, 'projects')).items).toEqual([]);
    const paths = sim.requests().map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('DELETE /companies/MTAwMQ==/axes/projects/P 1#2');
  });

  it("reports a write N2F refuses with N2F's message, without retrying it", async () => {
    const sim = await simulator();
    const n2f = clientOf(sim);
    const refused = await n2f
      .upsertUser({ ...jan, company: 'unknown-company' })
      .catch((e: unknown) => e);
    expect(isApiError(refused) && refused.status).toBeGreaterThanOrEqual(400);
    expect(isApiError(refused) && refused.apiMessage).toMatch(/company/i);
    expect(isApiError(refused) && refused.transient).toBe(false);
    const missing = await n2f.deleteUser('nobody@iris.example').catch((e: unknown) => e);
    expect(isApiError(missing) && missing.status).toBe(404);
    const writes = sim.requests().filter((r) => r.method !== 'POST' || r.path !== '/auth');
    expect(writes).toHaveLength(2);
  });

  it('refuses a bad payload or an empty key before sending anything', async () => {
    const sim = await simulator();
    const n2f = clientOf(sim);
    const bad = { ...jan, employeeNumber: Number.NaN } as unknown as typeof jan;
    expect(isValidationError(await n2f.upsertUser(bad).catch((e: unknown) => e))).toBe(true);
    expect(isValidationError(await n2f.deleteUser(' ').catch((e: unknown) => e))).toBe(true);
    expect(isValidationError(await n2f.listAxeValues(BE10, '').catch((e: unknown) => e))).toBe(
      true,
    );
    expect(sim.requests()).toEqual([]);
  });
});
