import type { RunReport } from '@n2f/sync-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getJson,
  postRun,
  startHarness,
  TOKEN,
  type ServiceHarness,
} from '../test/service-harness.js';
import type { PlanView } from './plans/plan-view.js';
import type { AuditLine } from './runs/audit-reader.js';
import type { RunRecord, RunSummary } from './runs/run-record.js';

let h: ServiceHarness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

type Service = Awaited<ReturnType<ServiceHarness['start']>>;

/** "Plan now" for `scopes`, waited for; the plan's id. */
async function planNow(service: Service, scopes: string[]): Promise<string> {
  const res = await postRun(service, { scopes }, TOKEN, 'plans');
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  await service.runs.idle();
  return id;
}

async function approve(service: Service, id: string): Promise<Response> {
  return postRun(service, {}, TOKEN, `plans/${id}/apply`);
}

const writes = (h: ServiceHarness): number =>
  h.sim.requests().filter((r) => r.method !== 'GET' && !r.path.startsWith('/auth')).length;

describe('plan, review and approve', () => {
  it('plans without writing, shows the diff, then applies exactly that plan with an audit trail', async () => {
    const service = await h.start();
    const id = await planNow(service, ['plates', 'departments']);
    expect(writes(h)).toBe(0);
    const { status, body: plan } = await getJson<PlanView>(new URL(`plans/${id}`, service.url));
    expect(status).toBe(200);
    expect(plan).toMatchObject({ id, state: 'ready', actions: ['create', 'update'] });
    expect(plan.scopes.map((s) => [s.scope, s.status, s.counts?.creates])).toEqual([
      ['plates', 'planned', 10],
      ['departments', 'planned', 7],
    ]);
    const first = plan.scopes[0]?.entries[0];
    expect(first?.action).toBe('create');
    expect(first?.changes.every((c) => c.before === null)).toBe(true);
    expect(first?.changes.some((c) => c.after !== null)).toBe(true);
    const { body: history } = await getJson<{ runs: RunSummary[] }>(new URL('runs', service.url));
    expect(history.runs[0]).toMatchObject({ id, kind: 'plan', dryRun: true });

    const applied = await approve(service, id);
    expect(applied.status).toBe(202);
    const { id: runId } = (await applied.json()) as { id: string };
    await service.runs.idle();
    const { body: record } = await getJson<RunRecord>(new URL(`runs/${runId}`, service.url));
    expect(record.request).toMatchObject({ kind: 'apply', planId: id, dryRun: false });
    const report = record.report as RunReport;
    expect(report.scopes.map((s) => [s.scope, s.counts.created])).toEqual([
      ['plates', 10],
      ['departments', 7],
    ]);
    expect(h.sim.state().users).toHaveLength(2); // users were not in the plan: untouched
    const { body: entities } = await getJson<{ writes: AuditLine[] }>(
      new URL(`runs/${runId}/entities`, service.url),
    );
    expect(entities.writes).toHaveLength(17);
    expect(entities.writes[0]).toMatchObject({
      scope: 'plates',
      action: 'create',
      outcome: 'done',
    });
    expect(entities.writes[0]?.changes?.length).toBeGreaterThan(0);

    const again = await approve(service, id);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toMatch(
      new RegExp(`applied already, by run ${runId}`),
    );
  });

  it('skips what drifted since the plan was made (the drift check of n2f-sync apply)', async () => {
    const service = await h.start();
    const id = await planNow(service, ['plates']);
    await postRun(service, { scopes: ['plates'] }); // N2F changes between the plan and its approval
    await service.runs.idle();
    const created = writes(h);
    const { id: runId } = (await (await approve(service, id)).json()) as { id: string };
    await service.runs.idle();
    const { body: record } = await getJson<RunRecord>(new URL(`runs/${runId}`, service.url));
    expect(record.report?.totals).toMatchObject({ created: 0, skipped: 10 });
    expect(writes(h)).toBe(created);
  });

  it('refuses a plan past its time (410), an unknown one (404), and says to plan again', async () => {
    let now = new Date('2026-12-07T10:00:00Z');
    const service = await h.start({ SYNC_SERVICE_PLAN_TTL_MINUTES: '15' }, { now: () => now });
    const id = await planNow(service, ['plates']);
    const { body: plan } = await getJson<PlanView>(new URL(`plans/${id}`, service.url));
    expect(plan.expiresAt).toBe('2026-12-07T10:15:00.000Z');
    now = new Date('2026-12-07T10:15:00Z');
    const late = await approve(service, id);
    expect(late.status).toBe(410);
    expect(((await late.json()) as { message: string }).message).toMatch(
      /expired at 2026-12-07T10:15:00.000Z.*plan again/,
    );
    expect(writes(h)).toBe(0);
    expect((await approve(service, 'nope')).status).toBe(404);
    expect((await getJson(new URL('plans/nope', service.url))).status).toBe(404);
  });
});
