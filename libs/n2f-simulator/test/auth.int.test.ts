import { afterEach, describe, expect, it } from 'vitest';
import { answer, startApi, type TestApi } from './helpers.js';

let api: TestApi;
afterEach(() => api.sim.close());

describe('POST /auth', () => {
  it('returns a token and an N2F validity (seven fractional digits, Z) one hour ahead', async () => {
    // A nearly frozen clock, so a slow machine does not move the validity.
    api = await startApi({ clock: { now: '2025-08-20T08:54:35.818Z', speed: 1e-6 } });
    const res = await api.auth();
    expect(res.status).toBe(200);
    expect(res.body.response.token).toMatch(/^\S{20,}$/);
    expect(res.body.response.validity).toBe('2025-08-20T09:54:35.8180000Z');
  });

  it('honours tokenTtlSeconds', async () => {
    api = await startApi({
      clock: { now: '2025-08-20T08:00:00.000Z', speed: 1e-6 },
      tokenTtlSeconds: 60,
    });
    expect((await api.auth()).body.response.validity).toBe('2025-08-20T08:01:00.0000000Z');
  });

  it.each([
    ['a wrong secret', { client_id: 'demo', client_secret: 'nope' }],
    ['an unknown client', { client_id: 'who', client_secret: 'demo-secret' }],
    ['missing credentials', {}],
    ['a non-string secret', { client_id: 'demo', client_secret: 42 }],
  ])('answers 401 with a JSON message for %s', async (_, body) => {
    api = await startApi();
    const res = await api.post('auth', body);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: expect.any(String), errors: [] });
  });

  it('answers 400 to a body that is not JSON', async () => {
    api = await startApi();
    expect((await api.post('auth', 'client_id=demo')).status).toBe(400);
  });
});

describe('bearer tokens', () => {
  it.each([
    ['missing', undefined],
    ['unknown', 'Bearer not-a-token'],
    ['malformed', 'Basic ZGVtbzpkZW1v'],
  ])('refuses a %s token with 401', async (_, authorization) => {
    api = await startApi();
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const res = await answer(await fetch(`${api.sim.url}companies`, { headers }));
    expect(res.status).toBe(401);
    expect(res.body.message).toEqual(expect.any(String));
  });

  it('refuses an expired token once the simulated clock passes its validity', async () => {
    api = await startApi({ clock: { now: '2025-01-06T10:00:00Z' } });
    expect((await api.get('companies')).status).toBe(200);
    api.sim.setClock({ now: '2025-01-06T10:59:50Z' });
    expect((await api.get('companies')).status).toBe(200);
    api.sim.setClock({ now: '2025-01-06T11:00:01Z' });
    const res = await api.get('companies');
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/expired/i);
  });

  it('lets a sped-up clock expire tokens in real time', async () => {
    api = await startApi({ tokenTtlSeconds: 2, clock: { speed: 100 } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await api.get('companies')).status).toBe(401);
  });
});

describe('routing', () => {
  it('tolerates // in paths, as the legacy tool sends them', async () => {
    api = await startApi();
    expect((await api.get('/companies')).status).toBe(200);
    expect(
      (await api.call('POST', '//auth', { client_id: 'demo', client_secret: 'demo-secret' }))
        .status,
    ).toBe(200);
  });

  it('answers 404 with a JSON message for an unknown route, 405 for a known path', async () => {
    api = await startApi();
    const unknown = await api.get('expenses');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toEqual(expect.any(String));
    const wrongMethod = await api.call('PUT', 'users', {});
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
    const outside = await answer(await fetch(new URL('/api/users', api.sim.url)));
    expect(outside.status).toBe(404);
  });
});
