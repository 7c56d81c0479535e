import { isApiError, isValidationError } from '@n2f/resilience';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { describe, expect, it } from 'vitest';
import { authAnswer, fakeN2f } from '../../test/fake-n2f.js';
import { BE10, clientOf, simulator } from '../../test/simulator.js';
import { N2F_REQUEST_CHANNEL, type N2fRequestEvent } from './request-channel.js';

const fail = (run: Promise<unknown>): Promise<unknown> => run.catch((error: unknown) => error);

describe('response shapes N2F might send', () => {
  it('reports a malformed list as RESPONSE_INVALID naming the endpoint and path, once', async () => {
    const fake = await fakeN2f((r) =>
      r.url.includes('/users')
        ? { body: '{"response":{"data":[{"mail":"a@x.be"},{"mail":5}]}}' }
        : undefined,
    );
    const error = await fail(clientOf(fake).listUsers());
    expect(isValidationError(error) && error.code).toBe('RESPONSE_INVALID');
    expect(isValidationError(error) && error.message).toContain('GET /users?start=0&limit=200');
    expect(isValidationError(error) && error.field).toBe('response.data[1].mail');
    expect(fake.requests.filter((r) => r.url.includes('/users'))).toHaveLength(1);
  });

  it('reports a non-JSON 200 on a read as RESPONSE_INVALID', async () => {
    const fake = await fakeN2f((r) =>
      r.url.endsWith('/roles') ? { body: '<html>maintenance</html>' } : undefined,
    );
    const error = await fail(clientOf(fake).listRoles());
    expect(isValidationError(error) && error.message).toMatch(/GET \/roles.*is not JSON/);
  });

  it.each([
    [204, ''],
    [200, ''],
    [200, 'OK'],
    [201, '{"response":'],
  ])('takes a %i write with the body %j as a success (Q33)', async (status, body) => {
    const fake = await fakeN2f((r) => (r.method === 'DELETE' ? { status, body } : undefined));
    await expect(clientOf(fake).deleteAxeValue(BE10, 'projects', 'P1')).resolves.toEqual({
      status,
    });
  });

  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body>Internal error</body></html>'],
  ])('reports a 500 with %s after retrying it', async (_, body) => {
    const fake = await fakeN2f((r) =>
      r.url.endsWith('/roles') ? { status: 500, body } : undefined,
    );
    const error = await fail(clientOf(fake).listRoles());
    expect(isApiError(error) && error.status).toBe(500);
    expect(isApiError(error) && error.apiMessage).toBeUndefined();
    expect(fake.requests.filter((r) => r.url.endsWith('/roles')).length).toBeGreaterThan(1);
  });

  it('joins a base without trailing slash and sends the token, never the secret, on calls', async () => {
    const fake = await fakeN2f((r) =>
      r.url.endsWith('/roles') ? { body: '{"response":[]}' } : undefined,
    );
    await clientOf(fake).listRoles();
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /services/api/v2/auth',
      'GET /services/api/v2/roles',
    ]);
    expect(JSON.parse(fake.requests[0]?.body ?? '')).toEqual({
      client_id: 'demo',
      client_secret: 'demo-secret',
    });
    expect(fake.requests[1]?.authorization).toBe('Bearer fake-token');
  });

  it('reads a validity without zone as UTC and keeps the token', async () => {
    const validity = new Date(Date.now() + 3_600_000).toISOString().replace('Z', '');
    const fake = await fakeN2f((r) =>
      r.url.endsWith('/auth') ? authAnswer('t', validity) : { body: '{"response":[]}' },
    );
    const n2f = clientOf(fake);
    await n2f.listRoles();
    await n2f.listUserProfiles();
    expect(fake.requests.filter((r) => r.url.endsWith('/auth'))).toHaveLength(1);
  });

  it('refuses an auth answer without a readable validity, without showing the token', async () => {
    const fake = await fakeN2f((r) =>
      r.url.endsWith('/auth') ? authAnswer('tok-secret', 'soon') : undefined,
    );
    const error = await fail(clientOf(fake).listRoles());
    expect(isValidationError(error) && error.field).toBe('response.validity');
    expect(JSON.stringify(error) + String(error)).not.toContain('tok-secret');
  });
});

describe('the n2f:request channel', () => {
  it('publishes each request with its route template, status, attempt and bucket', async () => {
    const sim = await simulator({
      faults: { next: [{ count: 1, path: '/companies', status: 502 }] },
    });
    const events: N2fRequestEvent[] = [];
    const listen = (message: unknown): void => void events.push(message as N2fRequestEvent);
    subscribe(N2F_REQUEST_CHANNEL, listen);
    try {
      const n2f = clientOf(sim);
      await n2f.listCompanies();
      await n2f.listCustomAxes(BE10);
    } finally {
      unsubscribe(N2F_REQUEST_CHANNEL, listen);
    }
    const brief = events.map((e) => [e.method, e.route, e.status, e.attempt, e.bucket, e.outcome]);
    expect(brief).toEqual([
      ['POST', '/auth', 200, 1, 'write', 'ok'],
      ['GET', '/companies', 502, 1, 'read', 'error'],
      ['GET', '/companies', 200, 2, 'read', 'ok'],
      ['GET', '/companies/{companyUuid}/axes', 200, 1, 'read', 'ok'],
    ]);
    expect(events[1]?.errorCode).toBe('API_ERROR');
    expect(events.every((e) => e.durationMs >= 0)).toBe(true);
  });
});
