import type { RunReport } from '@n2f/sync-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTH,
  eventually,
  getJson,
  postRun,
  readEvents,
  startHarness,
  TOKEN,
  type ServiceHarness,
} from '../test/service-harness.js';
import type { RunRecord, RunSummary } from './runs/run-record.js';

let h: ServiceHarness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('POST /runs and the run events', () => {
  it('starts a run (202) and streams its events in order, ending with the report in the history', async () => {
    const service = await h.start();
    const res = await postRun(service, { scopes: ['users', 'projects'] });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    expect(res.headers.get('location')).toBe(`/runs/${id}`);

    const events = await readEvents(new URL(`runs/${id}/events`, service.url));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    const types = events
      .filter((e) => e.type !== 'quota')
      .map((e) =>
        e.type === 'operation' ? 'operation' : `${e.type}${'scope' in e ? `:${e.scope}` : ''}`,
      );
    expect(types[0]).toBe('run-started');
    expect(types.slice(1, 3)).toEqual(['scope-started:users', 'plan-ready:users']);
    expect(types.indexOf('scope-finished:users')).toBeLessThan(
      types.indexOf('scope-started:projects'),
    );
    expect(types.at(-2)).toBe('scope-finished:projects');
    expect(types.at(-1)).toBe('run-finished');

    const operations = events.filter((e) => e.type === 'operation');
    expect(operations.length).toBeGreaterThan(30);
    for (const op of operations) {
      // Progress and the key only: no changed values, no N2F message.
      expect(Object.keys(op).sort()).toEqual([
        'action',
        'at',
        'done',
        'etaMs',
        'key',
        'outcome',
        'runId',
        'scope',
        'seq',
        'total',
        'type',
      ]);
    }
    const lastUsers = operations.filter((e) => e.scope === 'users').at(-1);
    expect(lastUsers && lastUsers.done === lastUsers.total).toBe(true);

    const { status, body: record } = await getJson<RunRecord>(new URL(`runs/${id}`, service.url));
    expect(status).toBe(200);
    expect(record.status).toBe('finished');
    const report = record.report as RunReport;
    expect(report.outcome).toBe('success');
    const finished = events.at(-1);
    expect(finished?.type === 'run-finished' && finished.totals).toEqual(report.totals);
    expect(report.totals.created).toBe(
      h.sim.state().users.length -
        2 +
        h.sim.state().axeValues.filter((v) => v.axe === 'projects').length,
    );
  });

  it('syncs just the entities asked for, with the token, and traces each step in the report', async () => {
    const service = await h.start();
    const mail = 'luc.dubois@iris-demo.example';
    const res = await postRun(service, { only: [mail] });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await service.runs.idle();
    const { body: record } = await getJson<RunRecord>(new URL(`runs/${id}`, service.url));
    const users = record.report?.scopes.find((s) => s.scope === 'users');
    expect(record.report?.scopes.map((s) => s.scope)).toEqual(['users']);
    expect(users?.only?.map((s) => [s.key, s.reason, s.action, s.result])).toEqual([
      [mail, 'asked', 'create', 'done'],
      ['anne.martin@iris-demo.example', 'needed', 'create', 'done'],
    ]);
    expect(
      h.sim
        .state()
        .users.map((u) => u.mail)
        .sort(),
    ).toEqual(
      [
        'admin@n2f-demo.example',
        'anne.martin@iris-demo.example',
        'api@n2f-demo.example',
        mail,
      ].sort(),
    );
    const bad = await postRun(service, { only: ['luc'] });
    expect(bad.status).toBe(400);
  });

  it('answers 409 with the running run while a run is in progress, and never runs two at once', async () => {
    const service = await h.start();
    const first = await postRun(service);
    const { id } = (await first.json()) as { id: string };
    const second = await postRun(service, { dryRun: true });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: 'run-in-progress', runningId: id });
    await service.runs.idle();
    const { body } = await getJson<{ runs: RunSummary[] }>(new URL('runs', service.url));
    expect(body.runs.map((r) => r.id)).toEqual([id]);
  });

  it('runs on the schedule, with the scheduled scopes, and shows the next run', async () => {
    const service = await h.start({
      SYNC_SERVICE_CRON: '* * * * * *',
      SYNC_SERVICE_SCOPES: 'plates',
    });
    const run = await eventually(
      async () =>
        (await getJson<{ runs: RunSummary[] }>(new URL('runs', service.url))).body.runs[0],
    );
    expect(run).toMatchObject({ trigger: 'schedule', dryRun: false });
    await service.runs.idle();
    const asked = Date.now();
    const { body } = await getJson<{ nextRunAt: string | null; runs: RunSummary[] }>(
      new URL('runs', service.url),
    );
    expect(body.runs.at(-1)?.scopes.map((s) => s.scope)).toEqual(['plates']);
    expect(Date.parse(body.nextRunAt ?? '')).toBeGreaterThan(asked);
  });

  it('refuses POST /runs without the token or with a wrong one (401), and starts nothing', async () => {
    const service = await h.start();
    const none = await postRun(service, {}, null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect((await postRun(service, {}, `${TOKEN}x`)).status).toBe(401);
    expect((await postRun(service, {}, TOKEN.slice(0, -1))).status).toBe(401);
    const { body } = await getJson<{ running: string | null; runs: RunSummary[] }>(
      new URL('runs', service.url),
    );
    expect(body).toMatchObject({ running: null, runs: [] });
    expect(h.sim.requests()).toEqual([]);
  });

  it('answers 400 for a bad body or an unknown scope', async () => {
    const service = await h.start();
    const bad = await postRun(service, { dryRun: 'yes', extra: 1 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: string[] }).issues.join(' ')).toMatch(/dryRun/);
    const unknown = await postRun(service, { scopes: ['cars'] });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/cars/);
  });

  it('replays the events so far to a late client, then the live ones, without gaps or repeats', async () => {
    const service = await h.start();
    const { id } = (await (await postRun(service)).json()) as { id: string };
    const url = new URL(`runs/${id}/events`, service.url);
    const early = await readEvents(url, (e) => e.type === 'operation' && e.done >= 5);
    const late = await readEvents(url);
    expect(late.slice(0, early.length)).toEqual(early);
    expect(late.map((e) => e.seq)).toEqual(late.map((_, i) => i));
    expect(late.at(-1)?.type).toBe('run-finished');
    const resumed = await readEvents(url, () => false, {
      'last-event-id': `${id}/${early.length - 1}`,
    });
    expect(resumed).toEqual(late.slice(early.length));
  });
});

describe('history, readiness, health and metrics', () => {
  it('keeps the history across restarts on the same data directory', async () => {
    const first = await h.start();
    const { id } = (await (await postRun(first, { scopes: ['departments'] })).json()) as {
      id: string;
    };
    await first.runs.idle();
    await first.close();

    const second = await h.start();
    const { body } = await getJson<{ runs: RunSummary[] }>(new URL('runs', second.url));
    expect(body.runs).toHaveLength(1);
    expect(body.runs[0]).toMatchObject({
      id,
      status: 'finished',
      outcome: 'success',
      trigger: 'api',
    });
    expect(body.runs[0]?.totals?.created).toBe(7);
    const replay = await readEvents(new URL(`runs/${id}/events`, second.url));
    expect(replay.map((e) => e.type).filter((t) => t !== 'quota')).toEqual([
      'run-started',
      'scope-finished',
      'run-finished',
    ]);
  });

  it('is ready with good credentials, and not ready (503) naming N2F when they are wrong', async () => {
    const good = await h.start();
    const ready = await getJson<{ status: string; checks: Record<string, { ok: boolean }> }>(
      new URL('readyz', good.url),
    );
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    expect(ready.body.checks).toMatchObject({
      configuration: { ok: true },
      n2f: { ok: true },
      agresso: { ok: true },
    });

    const wrong = await h.start({ N2F_CLIENT_SECRET: 'not-the-secret' });
    const refused = await getJson<{
      status: string;
      checks: Record<string, { ok: boolean; detail: string }>;
    }>(new URL('readyz', wrong.url));
    expect(refused.status).toBe(503);
    expect(refused.body.checks['n2f']).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/AUTHENTICATION/) as unknown,
    });
    expect(refused.body.checks['agresso']?.ok).toBe(true);
    expect(JSON.stringify(refused.body)).not.toContain('not-the-secret');
  });

  it('is not ready when an Agresso export file is missing', async () => {
    const service = await h.start({ AGRESSO_USERS_FILE: `${h.dataDir}/missing.csv` });
    const res = await getJson<{ checks: Record<string, { ok: boolean }> }>(
      new URL('readyz', service.url),
    );
    expect(res.status).toBe(503);
    expect(res.body.checks['agresso']?.ok).toBe(false);
  });

  it('answers /healthz, Prometheus /metrics after a run, 404 and 405', async () => {
    const service = await h.start();
    expect(await getJson(new URL('healthz', service.url))).toMatchObject({
      status: 200,
      body: { status: 'alive', running: null },
    });
    await postRun(service, { scopes: ['plates'] });
    await service.runs.idle();
    const metrics = await fetch(new URL('metrics', service.url), { headers: AUTH });
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toMatch(/^n2f_sync_runs_total\{[^}]*\} 1$/m);
    expect(text).toMatch(/^n2f_sync_service_run_in_progress 0$/m);
    expect(text).toMatch(/^n2f_sync_service_quota_limit\{bucket="writes"\} \d+$/m);
    expect((await fetch(new URL('nope', service.url))).status).toBe(404);
    const wrongMethod = await fetch(new URL('healthz', service.url), { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('on close, stops the run between calls and still writes its report to the history', async () => {
    const slow = await startHarness({ latencyMs: 25 });
    try {
      const service = await slow.start();
      const { id } = (await (await postRun(service)).json()) as { id: string };
      await readEvents(
        new URL(`runs/${id}/events`, service.url),
        (e) => e.type === 'operation' && e.done >= 3,
      );
      await service.close();
      const restarted = await slow.start();
      const { body: record } = await getJson<RunRecord>(new URL(`runs/${id}`, restarted.url));
      expect(record.status).toBe('finished');
      expect(record.report?.outcome).toBe('aborted');
      expect(record.report?.totals.created).toBeGreaterThanOrEqual(3);
    } finally {
      await slow.close();
    }
  });
});
