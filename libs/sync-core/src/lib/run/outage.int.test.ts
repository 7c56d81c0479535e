import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type RunHarness } from '../../../test/run-harness.js';
import type { RunReport } from '../report/report-types.js';
import { createSyncRun } from './sync-run.js';

let harness: RunHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Per scope, what was written, failed or skipped adds up to the writes of its plan. */
function expectCountsAddUp(report: RunReport): void {
  for (const scope of report.scopes) {
    if (scope.plan === undefined) continue;
    const { created, updated, deleted, failed, skipped } = scope.counts;
    const { creates, updates, deletes } = scope.plan;
    expect(created + updated + deleted + failed + skipped, scope.scope).toBe(
      creates + updates + deletes,
    );
  }
}

describe('N2F going down mid-run', () => {
  it('stops the scope at once (exit reason "N2F unreachable since"), warns only about written users, and later scopes fail fast', async () => {
    const down = await startHarness();
    const run = createSyncRun({ source: down.source(), client: down.client() });
    run.onOperationDone((e) => {
      if (e.scope === 'users' && e.done === 10) void down.sim.close();
    });
    const started = performance.now();
    const report = await run.start();
    await rm(down.dir, { recursive: true, force: true });
    expect(performance.now() - started).toBeLessThan(20_000);

    const [users, ...later] = report.scopes;
    expect(users?.status).toBe('failed');
    expect(users?.error?.code).toBe('CIRCUIT_OPEN');
    expect(users?.error?.message).toMatch(/^N2F unreachable since \d\d:\d\d:\d\d /);
    expect(users?.counts.created).toBe(10);
    expect(users?.counts.skipped).toBeGreaterThan(20);
    expectCountsAddUp(report);
    const written = new Set(
      down
        .writes()
        .filter((w) => w.status < 300)
        .map((w) => w.path),
    );
    for (const warning of users?.warnings ?? [])
      expect(written.has(`/users/${encodeURIComponent(warning.key ?? '')}`), warning.key).toBe(
        true,
      );
    for (const scope of later) expect(scope.error?.code, scope.scope).toBe('CIRCUIT_OPEN');
    expect(report.result.shortfalls).toContain('scope-failed');
  });
});

describe('counts always add up', () => {
  it.each([1, 2, 3])('over a run with seeded faults and an interrupt (seed %i)', async (seed) => {
    harness = await startHarness({
      simulator: {
        faults: {
          seed,
          errorRate: 0.08,
          dropRate: 0.04,
          next: [{ method: 'POST', path: '/users', status: 400, count: 2 }],
        },
      },
    });
    const controller = new AbortController();
    const run = createSyncRun({
      source: harness.source(),
      client: harness.client(),
      signal: controller.signal,
    });
    const stopAt = 20 + seed * 17;
    let done = 0;
    run.onOperationDone(() => {
      if ((done += 1) === stopAt) controller.abort();
    });
    const report = await run.start();
    expect(report.result.shortfalls).toContain('interrupted');
    expectCountsAddUp(report);
  });
});
