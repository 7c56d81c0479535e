import { afterEach, describe, expect, it } from 'vitest';
import { demoState, type StateUser } from '../src/index.js';
import { startApi, type TestApi } from './helpers.js';

let api: TestApi;
afterEach(() => api.sim.close());

const user = (i: number): StateUser => ({
  mail: `u${i}@example.com`,
  company: 'MTAwMQ==',
  role: 'User',
  profile: 'Standard',
});

/** A state with `count` users and no others (the demo users are left out). */
const withUsers = (count: number) => ({
  ...demoState(),
  users: Array.from({ length: count }, (_, i) => user(i)),
});

/** The legacy paging loop: start=0, limit=200, until a page is shorter than the limit. */
async function readAll(path: string): Promise<{ mails: string[]; calls: number }> {
  const mails: string[] = [];
  let calls = 0;
  for (let start = 0; ; start += 200) {
    const res = await api.get(`${path}?start=${start}&limit=200`);
    calls += 1;
    expect(res.status).toBe(200);
    const page: { mail: string }[] = res.body.response.data;
    mails.push(...page.map((u) => u.mail));
    if (page.length < 200) return { mails, calls };
  }
}

describe('paging of /users', () => {
  it.each([
    [0, 1],
    [199, 1],
    [200, 2],
    [201, 2],
    [401, 3],
  ])('serves %i users in %i pages, each once and in insertion order', async (count, pages) => {
    api = await startApi({ state: withUsers(count) });
    const { mails, calls } = await readAll('users');
    expect(calls).toBe(pages);
    expect(mails).toEqual(Array.from({ length: count }, (_, i) => `u${i}@example.com`));
  });

  it('defaults limit to 200 and start to 0, and returns an empty page past the end', async () => {
    api = await startApi({ state: withUsers(201) });
    expect((await api.get('users')).body.response.data).toHaveLength(200);
    expect((await api.get('users?start=200')).body.response.data).toHaveLength(1);
    expect((await api.get('users?start=5000&limit=10')).body.response.data).toEqual([]);
    expect((await api.get('users?limit=0')).body.response.data).toEqual([]);
  });

  it.each(['limit=201', 'limit=-1', 'start=-1', 'start=1.5', 'limit=abc', 'start='])(
    'refuses %s with 400 naming the parameter',
    async (query) => {
      api = await startApi();
      const res = await api.get(`users?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { field: query.split('=')[0], message: expect.any(String) },
      ]);
    },
  );

  it('keeps paging consistent after deletes', async () => {
    api = await startApi({ state: withUsers(5) });
    expect((await api.del('users/u1@example.com')).status).toBe(200);
    expect((await api.del('users/u3@example.com')).status).toBe(200);
    const page = (await api.get('users?start=1&limit=2')).body.response.data;
    expect(page.map((u: { mail: string }) => u.mail)).toEqual(['u2@example.com', 'u4@example.com']);
  });
});
