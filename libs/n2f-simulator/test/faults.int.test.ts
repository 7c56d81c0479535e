import { afterEach, describe, expect, it } from 'vitest';
import { demoState, type FaultOptions, type StateUser } from '../src/index.js';
import { answer, startApi, type TestApi } from './helpers.js';

let api: TestApi;
afterEach(() => api.sim.close());

const users = (count: number): StateUser[] =>
  Array.from({ length: count }, (_, i) => ({
    mail: `u${i}@example.com`,
    company: 'MTAwMQ==',
    role: 'User',
    profile: 'Standard',
  }));

const statuses = async (
  count: number,
  call: () => Promise<{ status: number }>,
): Promise<number[]> => {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1) seen.push((await call()).status);
  return seen;
};

describe('one-shot fault rules', () => {
  it('fails the next N requests matching a method and path, then serves normally', async () => {
    api = await startApi();
    api.sim.setFaults({ next: [{ count: 2, method: 'post', path: '/users', status: 503 }] });
    expect((await api.get('users')).status).toBe(200);
    const failed = await api.post('users', {});
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual({ message: expect.stringContaining('503'), errors: [] });
    expect((await api.post('users', {})).status).toBe(503);
    expect((await api.post('users', {})).status).toBe(400);
    expect(api.sim.faults().next).toEqual([]);
  });

  it('answers 429 with Retry-After, 401, or a raw non-JSON body, in list order', async () => {
    api = await startApi();
    api.sim.setFaults({
      retryAfterSeconds: 7,
      next: [{ status: 429 }, { status: 401 }, { status: 502, body: '<html>Bad gateway</html>' }],
    });
    const limited = await api.get('roles');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await api.get('roles')).status).toBe(401);
    const raw = await fetch(`${api.sim.url}roles`, {
      headers: { authorization: `Bearer ${api.token}` },
    });
    expect([raw.status, await raw.text()]).toEqual([502, '<html>Bad gateway</html>']);
  });

  it('drops the connection without an answer and logs status 0', async () => {
    api = await startApi();
    api.sim.setFaults({ next: [{ drop: true, path: '/companies' }] });
    await expect(fetch(`${api.sim.url}companies`)).rejects.toThrow();
    expect((await api.get('companies')).status).toBe(200);
    expect(
      api.sim
        .requests()
        .filter((r) => r.path === '/companies')
        .map((r) => r.status),
    ).toEqual([0, 200]);
  });
});

describe('random faults', () => {
  it('answers 5xx from errorStatuses at errorRate 1', async () => {
    api = await startApi();
    api.sim.setFaults({ errorRate: 1, errorStatuses: [500, 503] });
    const seen = await statuses(20, () => api.get('roles'));
    expect(new Set(seen)).toEqual(new Set([500, 503]));
  });

  it('drops every connection at dropRate 1', async () => {
    api = await startApi();
    api.sim.setFaults({ dropRate: 1 });
    await expect(fetch(`${api.sim.url}roles`)).rejects.toThrow();
    await expect(fetch(`${api.sim.url}auth`, { method: 'POST' })).rejects.toThrow();
  });

  it('runs a 429 storm of stormLength requests', async () => {
    api = await startApi();
    api.sim.setFaults({ stormRate: 1, stormLength: 3 });
    const first = await statuses(3, () => api.get('roles'));
    api.sim.setFaults({ stormRate: 0 });
    expect(first).toEqual([429, 429, 429]);
    expect((await api.get('roles')).status).toBe(200);
  });

  it('expires valid tokens early at earlyExpiryRate 1', async () => {
    api = await startApi();
    api.sim.setFaults({ earlyExpiryRate: 1 });
    expect((await api.get('roles')).body.message).toMatch(/expired/i);
    api.sim.setFaults({});
    expect((await api.get('roles')).status).toBe(401);
    api.token = (await api.auth()).body.response.token;
    expect((await api.get('roles')).status).toBe(200);
  });

  it('is reproducible: the same seed gives the same faults', async () => {
    const run = async (faults: FaultOptions): Promise<number[]> => {
      api = await startApi({ faults });
      const seen = await statuses(30, () => api.get('roles'));
      await api.sim.close();
      return seen;
    };
    const first = await run({ seed: 42, errorRate: 0.3, stormRate: 0.05 });
    expect(first).toEqual(await run({ seed: 42, errorRate: 0.3, stormRate: 0.05 }));
    expect(first.some((s) => s !== 200) && first.includes(200)).toBe(true);
    api = await startApi();
  });

  it('reports the drawn seed so a failing run can be replayed', async () => {
    api = await startApi({ faults: { errorRate: 0.5 } });
    expect(api.sim.faults().seed).toEqual(expect.any(Number));
  });

  it('delays answers by latencyMs', async () => {
    api = await startApi({ faults: { latencyMs: 60 } });
    const started = performance.now();
    await api.get('roles');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(api.sim.requests().at(-1)?.durationMs).toBeGreaterThanOrEqual(55);
  });
});

describe('realism', () => {
  it('returns null for empty strings with emptyAsNull', async () => {
    api = await startApi();
    await api.post('users', {
      mail: 'e@example.com',
      company: 'MTAwMQ==',
      role: 'User',
      profile: 'Standard',
      jobTitle: '',
    });
    expect((await api.get('users?start=2')).body.response.data[0].jobTitle).toBe('');
    api.sim.setFaults({ emptyAsNull: true });
    expect((await api.get('users?start=2')).body.response.data[0].jobTitle).toBeNull();
    expect(api.sim.state().users[2]?.jobTitle).toBe('');
  });

  it('returns role and profile labels in labelCulture', async () => {
    api = await startApi({ faults: { labelCulture: 'nl' } });
    const [admin] = (await api.get('users')).body.response.data;
    expect([admin.role, admin.profile]).toEqual(['Beheerder', 'Directie']);
  });

  it('shuffles the items of a page, seeded', async () => {
    api = await startApi({
      state: { ...demoState(), users: users(50) },
      faults: { shufflePages: true, seed: 7 },
    });
    const mails = (await api.get('users')).body.response.data.map((u: { mail: string }) => u.mail);
    expect(mails).not.toEqual(users(50).map((u) => u.mail));
    expect([...mails].sort()).toEqual(
      users(50)
        .map((u) => u.mail)
        .sort(),
    );
  });

  it('repeats the last item of the previous page at duplicateRate 1, losing none', async () => {
    api = await startApi({
      state: { ...demoState(), users: users(5) },
      faults: { duplicateRate: 1 },
    });
    const page = async (start: number): Promise<string[]> =>
      (await api.get(`users?start=${start}&limit=2`)).body.response.data.map(
        (u: { mail: string }) => u.mail,
      );
    expect(await page(0)).toEqual(['u0@example.com', 'u1@example.com']);
    expect(await page(2)).toEqual(['u1@example.com', 'u2@example.com', 'u3@example.com']);
    expect(await page(4)).toEqual(['u3@example.com', 'u4@example.com']);
  });

  it('refuses unknown or out-of-range fault options, naming them', async () => {
    api = await startApi();
    expect(() => api.sim.setFaults({ errorRate: 2 })).toThrow(/faults\.errorRate/);
    const res = await answer(
      await fetch(`${api.sim.origin}/__simulator/faults`, {
        method: 'PUT',
        body: JSON.stringify({ eror: 1 }),
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/faults/);
  });
});
