import { createCache } from '@n2f/cache';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  attachApiLog,
  attachAuditTrail,
  createSyncRun,
  formatPlanText,
  formatRunSummary,
  planRun,
} from '../src/index.js';
import { startHarness, userRow, type RunHarness } from './run-harness.js';

let harness: RunHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const FIXED = (): Date => new Date('2026-03-01T20:15:00.000Z');

describe('the outputs of a run against the simulator', () => {
  it('audit trail, API log and summary tell the same writes, without a secret', async () => {
    harness = await startHarness();
    const run = createSyncRun({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    });
    const auditPath = join(harness.dir, 'out/audit.jsonl');
    const csvPath = join(harness.dir, 'api.csv');
    const sinks = [attachAuditTrail(run, auditPath, FIXED), attachApiLog(run, csvPath, FIXED)];
    const report = await run.start();
    await Promise.all(sinks.map((sink) => sink.written()));

    const lines = (await readFile(auditPath, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(report.totals.created);
    expect(lines[0]).toMatchObject({
      time: '2026-03-01T20:15:00.000Z',
      scope: 'users',
      action: 'create',
      outcome: 'done',
    });

    const csv = (await readFile(csvPath, 'utf8')).split('\r\n');
    expect(csv[0]).toBe('time,method,route,status,duration_ms,attempt,bucket,outcome,error_code');
    expect(csv.filter((row) => row.includes(',POST,')).length).toBe(report.apiCalls.write);
    expect(csv.join('\n')).not.toContain('demo-secret');

    const summary = formatRunSummary(report);
    expect(summary).toMatch(new RegExp(`^users\\s+success\\s+${report.totals.created}\\s`, 'm'));
    expect(summary).toContain(
      `N2F calls: ${report.apiCalls.read} reads, ${report.apiCalls.write} writes`,
    );
    expect(summary.endsWith('outcome: success')).toBe(true);
  });

  it('plan text lists creates and invalid rows up to maxItems, and the calls needed', async () => {
    harness = await startHarness({
      users: [
        userRow({ Prenom: 'Ann', Nom: 'Lee', AdresseEmail: 'ann.lee@iris-demo.example' }),
        userRow({ Prenom: 'Bob', Nom: 'Ray', AdresseEmail: 'bob.ray@iris-demo.example' }),
        userRow({
          Prenom: 'Bad',
          Nom: 'Row',
          AdresseEmail: 'bad@iris-demo.example',
          Entreprise: 'NOPE',
        }),
      ],
    });
    const store = createCache({ namespace: 'state' });
    const plan = await planRun({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
      stateStore: store,
    });
    expect(harness.writes()).toEqual([]); // planning writes nothing to N2F

    const text = formatPlanText(plan, { maxItems: 1 });
    expect(text).toContain('users');
    expect(text).toMatch(
      /^users: 2 to create, 0 to update, 0 to delete, \d+ unchanged, 1 invalid$/m,
    );
    expect(text).toContain('ann.lee@iris-demo.example');
    expect(text).not.toContain('bob.ray@iris-demo.example'); // past maxItems: counted, not listed
    expect(text).toMatch(/NOPE/);
    expect(text).toMatch(/and 1 more/);
  });
});
