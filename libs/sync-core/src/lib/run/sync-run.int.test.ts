import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHarness, userRow, type RunHarness } from '../../../test/run-harness.js';
import type { Source } from '@n2f/agresso-source';
import { SourceError } from '@n2f/resilience';
import { formatPlanText } from '../report/plan-text.js';
import type { N2fUserPayload } from '@n2f/n2f-client';
import type { RunReport } from '../report/report-types.js';
import type { SyncRunOptions } from './run-options.js';
import { toSavedPlan } from './run-plan.js';
import { parseSavedPlan } from './saved-plan.js';
import { applyPlan, createSyncRun, planRun } from './sync-run.js';

const runSync = (options: SyncRunOptions): Promise<RunReport> => createSyncRun(options).start();

let harness: RunHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('a run against the simulator with the demo files', () => {
  it('converges on a first run, then a second run makes zero writes', async () => {
    harness = await startHarness();
    const first = await runSync({ source: harness.source(), client: harness.client() });
    expect(first.result.kind).toBe('success');
    expect(first.totals.failed).toBe(0);
    expect(first.totals.created).toBeGreaterThan(60);
    const state = harness.sim.state();
    const luc = state.users.find((u) => u.mail === 'luc.dubois@iris-demo.example');
    expect(luc).toMatchObject({
      managerMail: 'anne.martin@iris-demo.example',
      company: 'MTAwMQ==',
      canCreateVehicle: true,
      authMode: 'Sso',
    });
    expect(state.axeValues.filter((v) => v.axe === 'projects').length).toBeGreaterThan(10);

    harness.sim.clearRequests();
    const second = await runSync({ source: harness.source(), client: harness.client() });
    expect(second.totals).toMatchObject({ created: 0, updated: 0, deleted: 0, failed: 0 });
    expect(harness.writes()).toEqual([]);
  });

  it('makes zero writes on a second run when N2F returns nulls for empty strings and Dutch labels', async () => {
    harness = await startHarness();
    await runSync({ source: harness.source(), client: harness.client() });
    harness.sim.setFaults({ emptyAsNull: true, labelCulture: 'nl' });
    harness.sim.clearRequests();
    const second = await runSync({ source: harness.source(), client: harness.client() });
    expect(second.totals.updated).toBe(0);
    expect(harness.writes()).toEqual([]);
  });

  it('plans without writing in a dry run, and reports the plan', async () => {
    harness = await startHarness();
    const { report, scopes } = await planRun({
      source: harness.source(),
      client: harness.client(),
    });
    expect(harness.writes()).toEqual([]);
    expect(report.scopes.find((s) => s.scope === 'users')?.plan?.creates).toBeGreaterThan(30);
    const users = scopes.find((s) => s.scope === 'users');
    expect(users?.status === 'planned' && users.plan.counts.creates).toBeGreaterThan(30);
  });
});

describe('a listener that throws', () => {
  it('does not stop the run: the error is a process warning, as for every event', async () => {
    harness = await startHarness();
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const run = createSyncRun({ source: harness.source(), client: harness.client() });
    run.onScopeStarted(() => {
      throw new Error('dashboard bug');
    });
    const planned = await run.plan();
    const warnings = warn.mock.calls.filter(
      (call) => (call as unknown[])[1] === 'N2fListenerWarning',
    );
    warn.mockRestore();
    expect(planned.scopes.every((scope) => scope.status === 'planned')).toBe(true);
    expect(warnings).toHaveLength(planned.scopes.length);
    expect(String(warnings[0]?.[0])).toContain('dashboard bug');
  });
});

describe('a scope that cannot be planned', () => {
  it('is in the plan with its reason, the other scopes planned and nothing written', async () => {
    harness = await startHarness();
    const source: Source = {
      ...harness.source(),
      readUsers: () => {
        throw new SourceError('users.csv cannot be read');
      },
    };
    const planned = await planRun({
      source,
      client: harness.client(),
      scopes: ['users', 'projects'],
    });
    expect(planned.scopes.map((s) => [s.scope, s.status])).toEqual([
      ['users', 'failed'],
      ['projects', 'planned'],
    ]);
    expect(planned.scopes[0]).toMatchObject({ error: { code: 'SOURCE_FAILED' } });
    expect(planned.result.kind).toBe('scope-failed');
    expect(formatPlanText(planned)).toContain(
      'users: could not be planned: users.csv cannot be read [SOURCE_FAILED]',
    );
    const applied = await applyPlan(planned, { source, client: harness.client() });
    expect(applied.scopes[0]).toMatchObject({ scope: 'users', status: 'failed' });
    expect(applied.result.shortfalls).toContain('scope-failed');
    expect(applied.totals.created).toBeGreaterThan(10);
  });
});

describe('managers', () => {
  it('costs one write per new manager, two per cycle, and warns about unknown managers', async () => {
    harness = await startHarness({
      users: [
        userRow({ AdresseEmail: 'boss@x.example' }),
        userRow({ AdresseEmail: 'mid@x.example', Manager: 'boss@x.example' }),
        userRow({ AdresseEmail: 'a@x.example', Manager: 'b@x.example' }),
        userRow({ AdresseEmail: 'b@x.example', Manager: 'a@x.example' }),
        userRow({ AdresseEmail: 'orphan@x.example', Manager: 'ghost@x.example' }),
      ],
    });
    const report = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    });
    const posts = harness.writes().filter((w) => w.method === 'POST' && w.path === '/users');
    expect(posts).toHaveLength(6);
    expect(report.scopes[0]?.warnings.map((w) => w.code).sort()).toEqual([
      'MANAGER_CYCLE',
      'UNKNOWN_MANAGER',
    ]);
    const users = new Map(harness.sim.state().users.map((u) => [u.mail, u]));
    expect(users.get('mid@x.example')?.managerMail).toBe('boss@x.example');
    expect(users.get('a@x.example')?.managerMail).toBe('b@x.example');
    expect(users.get('b@x.example')?.managerMail).toBe('a@x.example');
    expect(users.get('orphan@x.example')?.managerMail ?? '').toBe('');
  });
});

describe('invalid rows', () => {
  it('reports them, syncs everything else and exits 1', async () => {
    harness = await startHarness({
      users: [
        userRow({ AdresseEmail: 'ok@x.example' }),
        userRow({ AdresseEmail: 'bad-bool@x.example', Creation_Vehicule: 'maybe' }),
        userRow({ AdresseEmail: 'not-an-address' }),
      ],
    });
    const report = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    });
    expect(report.result.kind).toBe('invalid-rows');
    expect(report.totals).toMatchObject({ created: 1, invalid: 2 });
    const invalid = report.scopes[0]?.invalid ?? [];
    expect(invalid.find((i) => i.key === 'bad-bool@x.example')).toMatchObject({
      column: 'Creation_Vehicule',
      value: 'maybe',
    });
  });
});

describe('faults during apply', () => {
  it('still converges through 429 storms, 5xx, dropped connections and early token expiry, with no lost write', async () => {
    harness = await startHarness({
      simulator: {
        faults: {
          seed: 7,
          errorRate: 0.05,
          dropRate: 0.03,
          stormRate: 0.02,
          stormLength: 3,
          retryAfterSeconds: 0,
          earlyExpiryRate: 0.02,
        },
      },
    });
    const first = await runSync({ source: harness.source(), client: harness.client() });
    expect(first.totals.failed).toBe(0);
    expect(first.apiCalls.retries).toBeGreaterThan(0);
    harness.sim.setFaults({});
    harness.sim.clearRequests();
    await runSync({ source: harness.source(), client: harness.client() });
    expect(harness.writes()).toEqual([]);
  });

  it('an aborted run reports what it did, and a re-run converges without duplicate writes', async () => {
    harness = await startHarness();
    const controller = new AbortController();
    const run = createSyncRun({
      source: harness.source(),
      client: harness.client(),
      signal: controller.signal,
    });
    run.onOperationDone((e) => {
      if (e.done === 10) controller.abort();
    });
    const aborted = await run.start();
    expect(aborted.outcome).toBe('aborted');
    expect(aborted.totals.created).toBe(10);
    expect(harness.writes().filter((w) => w.status < 300)).toHaveLength(10);
    const rerun = await runSync({ source: harness.source(), client: harness.client() });
    expect(rerun.result.kind).toBe('success');
    // No duplicate: the re-run only creates what the aborted run had not, and updates nothing.
    expect(rerun.totals.updated).toBe(0);
    const state = harness.sim.state();
    expect(aborted.totals.created + rerun.totals.created).toBe(
      state.users.length - 2 + state.axeValues.length,
    );
    harness.sim.clearRequests();
    await runSync({ source: harness.source(), client: harness.client() });
    expect(harness.writes()).toEqual([]);
  });
});

describe('deletes and safety', () => {
  const rows = Array.from({ length: 20 }, (_, i) => userRow({ AdresseEmail: `u${i}@x.example` }));

  it('holds deletes over the threshold (exit 3), lets them through when raised, never deletes protected accounts', async () => {
    harness = await startHarness({ users: rows });
    await runSync({ source: harness.source(), client: harness.client(), scopes: ['users'] });
    const state = harness.sim.state();
    await harness.close();
    // N2F: 20 users and 2 service accounts; the source now lists 12, so 8 deletes and 2 protected.
    harness = await startHarness({ users: rows.slice(0, 12), simulator: { state } });
    const safety = { protected: ['admin@n2f-demo.example', 'api@*'] };
    const held = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
      actions: ['delete'],
      safety,
    });
    expect(held.result.kind).toBe('guard-held');
    expect(held.scopes[0]?.guard).toMatchObject({
      reason: 'max-deletes',
      numbers: { deletes: 8, limit: 2 },
    });
    expect(harness.writes()).toEqual([]);
    const allowed = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
      actions: ['delete'],
      safety: { ...safety, maxDeletes: 8 },
    });
    expect(allowed.totals.deleted).toBe(8);
    const mails = harness.sim.state().users.map((u) => u.mail);
    expect(mails).toContain('admin@n2f-demo.example');
    expect(mails).toContain('api@n2f-demo.example');
    expect(mails).toHaveLength(14);
  });

  it('deletes nothing from an empty source', async () => {
    harness = await startHarness({ users: rows });
    await runSync({ source: harness.source(), client: harness.client(), scopes: ['users'] });
    const state = harness.sim.state();
    await harness.close();
    harness = await startHarness({ users: [], simulator: { state } });
    const report = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
      actions: ['delete'],
      safety: { maxDeletes: '100%' },
    });
    expect(report.scopes[0]?.guard?.reason).toBe('empty-source');
    expect(harness.writes()).toEqual([]);
  });
});

describe('a manager whose create fails', () => {
  it('still writes its reports, without manager and with a warning; the next run completes the link', async () => {
    harness = await startHarness({
      users: [
        userRow({ AdresseEmail: 'boss@x.example' }),
        userRow({ AdresseEmail: 'mid@x.example', Manager: 'boss@x.example' }),
      ],
      simulator: { faults: { next: [{ method: 'POST', path: '/users', status: 400, count: 1 }] } },
    });
    const first = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    });
    expect(first.totals).toMatchObject({ created: 1, failed: 1 });
    expect(first.scopes[0]?.warnings).toContainEqual(
      expect.objectContaining({ code: 'MANAGER_NOT_CREATED', key: 'mid@x.example' }),
    );
    const mid = harness.sim.state().users.find((u) => u.mail === 'mid@x.example');
    expect(mid?.managerMail ?? '').toBe('');

    const second = await runSync({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    });
    expect(second.totals).toMatchObject({ created: 1, updated: 1, failed: 0 });
    const users = new Map(harness.sim.state().users.map((u) => [u.mail, u]));
    expect(users.get('mid@x.example')?.managerMail).toBe('boss@x.example');
  });
});

describe('applying a saved plan', () => {
  it('applies it exactly, skips an entity that drifted since, and does not read the source again', async () => {
    harness = await startHarness({
      users: [userRow({ AdresseEmail: 'a@x.example' }), userRow({ AdresseEmail: 'b@x.example' })],
    });
    const planned = await planRun({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    });
    const saved = parseSavedPlan(JSON.parse(JSON.stringify(toSavedPlan(planned))));
    expect(saved).toMatchObject({
      runId: planned.runId,
      sandbox: false,
      actions: ['create', 'update'],
    });
    // Someone creates b@ in N2F between the plan and the apply.
    const b = saved.scopes[0]?.creates.find((entry) => entry.key === 'b@x.example');
    await harness.client().upsertUser(b?.payload as N2fUserPayload);
    harness.sim.clearRequests();

    const source: Source = {
      ...harness.source(),
      readUsers: () => {
        throw new Error('the source must not be read');
      },
    };
    const report = await applyPlan(saved, { source, client: harness.client() });
    expect(report.totals).toMatchObject({ created: 1, skipped: 1, failed: 0 });
    expect(report.result).toEqual({ kind: 'skipped', shortfalls: ['skipped'] });
    expect(report.scopes[0]?.failures).toEqual([
      expect.objectContaining({
        key: 'b@x.example',
        outcome: 'skipped',
        message: expect.stringMatching(/drifted/),
      }),
    ]);
    expect(harness.writes().map((w) => `${w.method} ${w.path}`)).toEqual(['POST /users']);
  });
});
