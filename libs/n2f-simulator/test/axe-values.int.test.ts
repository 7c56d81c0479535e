import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './helpers.js';

let api: TestApi;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.sim.close());

const BE_PROJECTS = 'companies/MTAwMQ==/axes/projects';
const BE_PLATES = 'companies/MTAwMQ==/axes/YXhlLWJlLXBsYXF1ZQ==';
const value = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  names: [
    { culture: 'fr', value: `Projet ${code}` },
    { culture: 'nl', value: `Project ${code}` },
  ],
  validityDateFrom: '2025-01-01T00:00:00Z',
  validityDateTo: null,
  ...overrides,
});

describe('axe values', () => {
  it('creates (201), replaces (200) and lists a value keyed by code, with ISO instants', async () => {
    const created = await api.post(BE_PROJECTS, value('P1', { validityDateTo: '2025-12-31' }));
    expect(created.status).toBe(201);
    expect(created.body.response.data).toEqual({
      uuid: expect.any(String),
      code: 'P1',
      names: value('P1').names,
      validityDateFrom: '2025-01-01T00:00:00Z',
      validityDateTo: '2025-12-31T00:00:00Z',
    });
    const replaced = await api.post(
      BE_PROJECTS,
      value('P1', { names: [{ culture: 'fr', value: 'Renamed' }] }),
    );
    expect(replaced.status).toBe(200);
    expect(replaced.body.response.data.uuid).toBe(created.body.response.data.uuid);
    const list = await api.get(`${BE_PROJECTS}?start=0&limit=200`);
    expect(list.body.response.data).toEqual([
      {
        ...replaced.body.response.data,
        validityDateTo: null,
        names: [{ culture: 'fr', value: 'Renamed' }],
      },
    ]);
  });

  it('keeps the same code apart per company and per axe', async () => {
    await api.post(BE_PROJECTS, value('X'));
    await api.post('companies/MTAwMg==/axes/projects', value('X'));
    await api.post(BE_PLATES, value('X'));
    expect((await api.del(`${BE_PROJECTS}/X`)).status).toBe(200);
    expect((await api.get('companies/MTAwMg==/axes/projects')).body.response.data).toHaveLength(1);
    expect((await api.get(BE_PLATES)).body.response.data).toHaveLength(1);
    expect(api.sim.state().axeValues.map((v) => [v.company, v.axe, v.code])).toEqual([
      ['MTAwMg==', 'projects', 'X'],
      ['MTAwMQ==', 'YXhlLWJlLXBsYXF1ZQ==', 'X'],
    ]);
  });

  it.each([
    ['code', { code: '' }],
    ['code', { code: '   ' }],
    ['names', { names: [] }],
    ['names', { names: [{ culture: 'fr', value: '' }] }],
    ['names[0].culture', { names: [{ value: 'x' }] }],
    ['validityDateFrom', { validityDateFrom: '31/12/2025' }],
    ['validityDateTo', { validityDateTo: '2025-02-30T00:00:00Z' }],
    ['validityDateTo', { validityDateFrom: '2025-02-01', validityDateTo: '2025-01-31' }],
  ])('refuses a bad %s with 400 and a field error', async (field, overrides) => {
    const res = await api.post(BE_PROJECTS, value('BAD', overrides));
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual({ field, message: expect.any(String) });
  });

  it('answers 404 for an unknown company or axe, on reads, writes and deletes', async () => {
    for (const path of [
      'companies/nope/axes/projects',
      'companies/MTAwMQ==/axes/YXhlLW5sLXBsYXF1ZQ==',
    ]) {
      expect((await api.get(path)).status).toBe(404);
      expect((await api.post(path, value('P'))).status).toBe(404);
      expect((await api.del(`${path}/P`)).status).toBe(404);
    }
  });

  it('deletes by URL-encoded code and answers 404 for an unknown code', async () => {
    await api.post(BE_PROJECTS, value('A/B 1'));
    expect((await api.del(`${BE_PROJECTS}/${encodeURIComponent('A/B 1')}`)).status).toBe(200);
    expect((await api.del(`${BE_PROJECTS}/${encodeURIComponent('A/B 1')}`)).status).toBe(404);
  });
});
