import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postRun, startHarness, TOKEN, type ServiceHarness } from '../test/service-harness.js';
import { loadConfig } from './config.js';
import { ServiceConfigError } from './config/problems.js';
import { startSyncService } from './service.js';

let h: ServiceHarness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Every route that reads data, with a run that exists. */
const readRoutes = (runId: string): string[] => [
  'runs',
  'runs?limit=5',
  `runs/${runId}`,
  `runs/${runId}/entities`,
  `runs/${runId}/events`,
  `plans/${runId}`,
  'events',
  'readyz',
  'metrics',
];

/** Status and body of a GET with the given Host header (fetch cannot set Host). */
function getWithHost(url: URL, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('access to the routes', () => {
  it('answers 401 on every read route and every POST without the token or with a wrong one, naming the route and the header', async () => {
    const service = await h.start();
    const { id } = (await (await postRun(service, { scopes: ['plates'] })).json()) as {
      id: string;
    };
    await service.runs.idle();
    for (const path of readRoutes(id)) {
      const url = new URL(path, service.url);
      const none = await fetch(url);
      expect(none.status, path).toBe(401);
      expect(none.headers.get('www-authenticate'), path).toMatch(/^Bearer /);
      const body = (await none.json()) as { error: string; message: string };
      expect(body.error).toBe('unauthorized');
      expect(body.message).toContain(`GET ${url.pathname} needs the service token`);
      expect(body.message).toContain('Authorization: Bearer <SYNC_SERVICE_TOKEN>');
      const wrong = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}x` } });
      expect(wrong.status, path).toBe(401);
      expect(await wrong.text()).toContain('the one sent was refused');
    }
    for (const path of ['runs', 'plans', `plans/${id}/apply`])
      expect((await postRun(service, {}, null, path)).status, `POST ${path}`).toBe(401);
    const allowed = await fetch(new URL('runs', service.url), {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { runs: { id: string }[] }).runs[0]?.id).toBe(id);
  });

  it('serves /healthz and the dashboard shell without the token: they carry no data', async () => {
    const service = await h.start();
    for (const path of ['healthz', '', 'app.js', 'style.css'])
      expect((await fetch(new URL(path, service.url))).status, path).toBe(200);
  });

  it('refuses a POST body that is not JSON (415): another site can post a form, not JSON', async () => {
    const service = await h.start({ SYNC_SERVICE_TOKEN: undefined });
    const form = await fetch(new URL('runs', service.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { message: string }).message).toMatch(/application\/json/);
    expect(service.runs.running()).toBeUndefined();
  });

  it('without a token, serves loopback names only (a re-pointed DNS name gets 403)', async () => {
    const service = await h.start({ SYNC_SERVICE_TOKEN: undefined });
    const url = new URL('runs', service.url);
    expect((await fetch(url)).status).toBe(200);
    expect((await getWithHost(url, `localhost:${url.port}`)).status).toBe(200);
    const rebound = await getWithHost(url, `attacker.example:${url.port}`);
    expect(rebound.status).toBe(403);
    expect(rebound.body).toMatch(/set SYNC_SERVICE_TOKEN to serve other names/);
  });

  it('refuses to listen off loopback without a token, naming the setting and the fix', async () => {
    const config = await loadConfig(h.env({ SYNC_SERVICE_TOKEN: undefined }));
    const started = startSyncService({ ...config, host: '0.0.0.0' });
    await expect(started).rejects.toBeInstanceOf(ServiceConfigError);
    await expect(started).rejects.toThrow(
      /SYNC_SERVICE_TOKEN: is not set while SYNC_SERVICE_HOST=0\.0\.0\.0 is not a loopback address[^]*fix: export SYNC_SERVICE_TOKEN/,
    );
  });
});
