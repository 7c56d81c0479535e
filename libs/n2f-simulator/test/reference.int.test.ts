import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers.js';

let api: TestApi;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.sim.close());

describe('reference data of the demo account', () => {
  it('GET /companies returns the companies in a data envelope', async () => {
    const res = await api.get('companies?start=0&limit=200');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      response: {
        data: [
          { uuid: 'MTAwMQ==', code: 'BE10', name: 'Iris Services Belgium' },
          { uuid: 'MTAwMg==', code: 'NL20', name: 'Iris Nederland' },
        ],
      },
    });
  });

  it('GET /roles and /userprofiles return the list directly under response', async () => {
    const roles = await api.get('roles');
    expect(roles.body.response).toHaveLength(3);
    expect(roles.body.response[0]).toEqual({
      uuid: 'cm9sZS0x',
      names: [
        { culture: 'fr', value: 'Utilisateur' },
        { culture: 'nl', value: 'Gebruiker' },
        { culture: 'en', value: 'User' },
      ],
    });
    const profiles = await api.get('userprofiles');
    expect(profiles.body.response.map((p: { uuid: string }) => p.uuid)).toEqual([
      'cHJvZi0x',
      'cHJvZi0y',
      'cHJvZi0z',
    ]);
  });

  it('GET /companies/{uuid}/axes returns that company’s own custom axes, paged', async () => {
    const be = await api.get('companies/MTAwMQ==/axes');
    expect(be.body.response.data.map((a: { uuid: string }) => a.uuid)).toEqual([
      'YXhlLWJlLXBsYXF1ZQ==',
      'YXhlLWJlLXN1YnBvc3Q=',
    ]);
    expect(be.body.response.data[0].names[0]).toEqual({ culture: 'fr', value: 'Plaque' });
    const nl = await api.get(`companies/${encodeURIComponent('MTAwMg==')}/axes?start=1&limit=1`);
    expect(nl.body.response.data).toEqual([
      {
        uuid: 'YXhlLW5sLXN1YnBvc3Q=',
        names: expect.arrayContaining([{ culture: 'fr', value: 'Subpost' }]),
      },
    ]);
  });

  it('answers 404 for the axes of an unknown company', async () => {
    const res = await api.get('companies/nope/axes');
    expect(res.status).toBe(404);
    expect(res.body.message).toContain('nope');
  });
});
