import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoState } from '../src/index.js';
import { answer, startApi, userPayload, type TestApi } from './helpers.js';

let api: TestApi;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.sim.close());

const control = async (method: string, name: string, body?: unknown) =>
  answer(
    await fetch(`${api.sim.origin}/__simulator/${name}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );

describe('GET/PUT /__simulator/state', () => {
  it('returns the whole state and takes it back (round trip)', async () => {
    await api.post('users', userPayload('x@example.com'));
    const state = (await control('GET', 'state')).body;
    expect(state.users.map((u: { mail: string }) => u.mail)).toContain('x@example.com');
    expect(Object.keys(state)).toEqual([
      'clients',
      'companies',
      'roles',
      'userprofiles',
      'customAxes',
      'users',
      'axeValues',
    ]);
    await api.del('users/x@example.com');
    expect((await control('PUT', 'state', state)).status).toBe(204);
    expect(api.sim.state()).toEqual(state);
    expect((await api.get('users?start=2')).body.response.data[0].mail).toBe('x@example.com');
  });

  it('refuses a bad state with 400 naming the entry, and keeps the old one', async () => {
    const res = await control('PUT', 'state', {
      ...demoState(),
      users: [{ mail: 'a@example.com', company: 'nope', role: 'User', profile: 'Standard' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('users[0].company');
    expect(api.sim.state().users).toHaveLength(2);
  });

  it('state() is a deep copy', () => {
    const state = api.sim.state();
    state.users.length = 0;
    state.companies.forEach((company) => (company.name = 'changed'));
    expect(api.sim.state().users).toHaveLength(2);
    expect(api.sim.state().companies[0]?.name).toBe('Iris Services Belgium');
  });
});

describe('GET/DELETE /__simulator/requests', () => {
  it('logs method, path, query, status, duration and bucket of API calls only', async () => {
    await api.get('/users?start=0&limit=5');
    await control('GET', 'state');
    const log = (await control('GET', 'requests')).body;
    expect(log).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/auth',
        status: 200,
        bucket: 'write',
        query: {},
      }),
      expect.objectContaining({
        method: 'GET',
        path: '/users',
        status: 200,
        bucket: 'read',
        query: { start: '0', limit: '5' },
      }),
    ]);
    expect(log[1].durationMs).toEqual(expect.any(Number));
    expect(Date.parse(log[1].at)).not.toBeNaN();
    expect((await control('DELETE', 'requests')).status).toBe(204);
    expect(api.sim.requests()).toEqual([]);
  });

  it('logs decoded paths', async () => {
    await api.del(`users/${encodeURIComponent('nobody@example.com')}`);
    expect(api.sim.requests().at(-1)?.path).toBe('/users/nobody@example.com');
  });
});

describe('faults and clock', () => {
  it('PUT faults replaces the options and GET faults reports them', async () => {
    const res = await control('PUT', 'faults', { seed: 3, next: [{ status: 500 }] });
    expect(res.body).toEqual({ seed: 3, next: [{ status: 500, count: 1 }] });
    expect((await api.get('roles')).status).toBe(500);
    expect((await control('GET', 'faults')).body).toEqual({ seed: 3, next: [] });
  });

  it('PUT clock sets the simulated time and speed; a bad clock is a 400', async () => {
    const res = await control('PUT', 'clock', { now: '2030-01-01T00:00:00Z', speed: 2 });
    expect(res.status).toBe(200);
    expect(res.body.speed).toBe(2);
    expect(Date.parse(res.body.now)).toBeGreaterThanOrEqual(Date.parse('2030-01-01T00:00:00Z'));
    expect(Date.parse(api.sim.clock().now)).toBeLessThan(Date.parse('2030-01-02T00:00:00Z'));
    const bad = await control('PUT', 'clock', { speed: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('clock.speed');
  });

  it('answers 404 for an unknown control endpoint', async () => {
    expect((await control('GET', 'nothing')).status).toBe(404);
    expect((await control('POST', 'state', {})).status).toBe(404);
  });
});
