import { afterEach, describe, expect, it } from 'vitest';
import { demoState, N2F_QUOTA } from '../src/index.js';
import { startApi, type Answer, type TestApi } from './helpers.js';

let api: TestApi;
afterEach(() => api.sim.close());

const PARIS_DAY = '2025-06-02T10:00:00+02:00';
const PARIS_NIGHT = '2025-06-02T23:00:00+02:00';

/** Sends `count` calls and returns their statuses. */
async function burst(count: number, call: () => Promise<Answer>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await call()).status);
  return statuses;
}

const write = (): Promise<Answer> => api.post('users', { mail: 'not valid' });
const read = (): Promise<Answer> => api.get('roles');

describe('N2F quotas (day/night windows, Europe/Paris)', () => {
  it('allows 10 writes a minute by day, auth included, then answers 429 with Retry-After', async () => {
    const opened = performance.now();
    api = await startApi({ quota: N2F_QUOTA, clock: { now: PARIS_DAY } });
    expect(await burst(9, write)).toEqual(Array(9).fill(400));
    const refused = await write();
    const elapsedSeconds = (performance.now() - opened) / 1000;
    expect(refused.status).toBe(429);
    // What is left of the minute the auth call opened, however long the calls took.
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(Math.floor(60 - elapsedSeconds));
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.message).toMatch(/10 writes per minute/);
  });

  it('counts reads apart: 60 a minute by day, still open once writes are spent', async () => {
    api = await startApi({ quota: N2F_QUOTA, clock: { now: PARIS_DAY } });
    await burst(9, write);
    expect((await write()).status).toBe(429);
    expect(await burst(60, read)).toEqual(Array(60).fill(200));
    expect((await read()).status).toBe(429);
  });

  it('rolls the window: a minute later the calls are allowed again', async () => {
    api = await startApi({ quota: N2F_QUOTA, clock: { now: PARIS_DAY } });
    await burst(9, write);
    expect((await write()).status).toBe(429);
    api.sim.setClock({ now: '2025-06-02T10:02:00+02:00' });
    expect((await write()).status).toBe(400);
  });

  it('allows 200 reads and 50 writes a minute by night', async () => {
    api = await startApi({ quota: N2F_QUOTA, clock: { now: PARIS_NIGHT } });
    expect(new Set(await burst(49, write))).toEqual(new Set([400]));
    expect((await write()).status).toBe(429);
    expect(new Set(await burst(200, read))).toEqual(new Set([200]));
    expect((await read()).status).toBe(429);
  });

  it('switches to the night limits at 20:00 Paris time', async () => {
    api = await startApi({ quota: N2F_QUOTA, clock: { now: '2025-06-02T19:59:30+02:00' } });
    await burst(9, write);
    expect((await write()).status).toBe(429);
    api.sim.setClock({ now: '2025-06-02T20:00:05+02:00' });
    // The 10 writes of the last minute still count, against the night limit of 50.
    expect(new Set(await burst(40, write))).toEqual(new Set([400]));
    expect((await write()).status).toBe(429);
  });

  it('keeps one window per API client', async () => {
    const state = {
      ...demoState(),
      clients: [...demoState().clients, { clientId: 'other', clientSecret: 's' }],
    };
    api = await startApi({ quota: { reads: 100, writes: 2 }, state });
    expect((await write()).status).toBe(400);
    expect((await write()).status).toBe(429);
    const other = await api.auth('other', 's');
    expect(other.status).toBe(200);
    api.token = other.body.response.token;
    expect((await write()).status).toBe(400);
  });

  it('expresses Retry-After in real seconds when the clock is sped up', async () => {
    // At speed 30 the one-minute window lasts two real seconds.
    api = await startApi({ quota: { reads: 1, writes: 10 }, clock: { speed: 30 } });
    expect((await read()).status).toBe(200);
    const refused = await read();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect([1, 2]).toContain(retryAfter);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 100));
    expect((await read()).status).toBe(200);
  });

  it('leaves the control surface out of quotas and out of the log', async () => {
    api = await startApi({ quota: { reads: 0, writes: 1 } });
    expect((await read()).status).toBe(429);
    const control = await fetch(`${api.sim.origin}/__simulator/state`);
    expect(control.status).toBe(200);
    expect(api.sim.requests().map((r) => [r.method, r.path, r.status, r.bucket])).toEqual([
      ['POST', '/auth', 200, 'write'],
      ['GET', '/roles', 429, 'read'],
    ]);
  });
});
