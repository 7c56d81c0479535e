import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type RunHarness } from '../../../../test/run-harness.js';
import { createSyncRun } from '../../run/sync-run.js';
import { toSavedPlan } from '../../run/run-plan.js';
import { attachApiLog } from './api-log.js';
import { attachAuditTrail } from './audit-trail.js';
import { attachJsonReport } from './json-report.js';
import { writeSavedPlan } from './plan-file.js';

const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('outputs are owner-only (0600)', () => {
  let harness: RunHarness | undefined;
  afterEach(() => harness?.close());

  it('report, audit trail and API log of a run, created new or narrowed from a wider file', async () => {
    harness = await startHarness();
    const paths = {
      report: join(harness.dir, 'out', 'report.json'),
      audit: join(harness.dir, 'out', 'audit.jsonl'),
      apiLog: join(harness.dir, 'api.csv'),
    };
    await writeFile(paths.apiLog, 'left by an older version');
    await chmod(paths.apiLog, 0o644);
    const run = createSyncRun({ source: harness.source(), client: harness.client() });
    const sinks = [
      attachJsonReport(run, paths.report),
      attachAuditTrail(run, paths.audit),
      attachApiLog(run, paths.apiLog),
    ];
    const report = await run.start();
    await Promise.all(sinks.map((sink) => sink.written()));
    expect(report.totals.created).toBeGreaterThan(0);
    for (const path of Object.values(paths)) {
      expect(await mode(path), path).toBe(0o600);
      expect((await readFile(path, 'utf8')).length, path).toBeGreaterThan(50);
    }
  });

  it('a saved plan', async () => {
    harness = await startHarness();
    const plan = await createSyncRun({ source: harness.source(), client: harness.client() }).plan();
    const path = join(harness.dir, 'plans', 'plan.json');
    await writeSavedPlan(toSavedPlan(plan), path);
    expect(await mode(path)).toBe(0o600);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ format: 'n2f-sync-plan' });
  });
});
