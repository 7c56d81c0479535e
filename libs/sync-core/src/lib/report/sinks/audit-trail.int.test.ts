import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, userRow, type RunHarness } from '../../../../test/run-harness.js';
import { createSyncRun } from '../../run/sync-run.js';
import { attachAuditTrail } from './audit-trail.js';

let harness: RunHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface AuditLine {
  readonly action: string;
  readonly key: string;
  readonly outcome: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

const rows = [
  userRow({ AdresseEmail: 'keep@x.example', Fonction: 'Comptable' }),
  userRow({ AdresseEmail: 'gone@x.example', Fonction: 'Stagiaire', Matricule: 'M-7' }),
];

describe('the audit trail', () => {
  it('records the whole record before an update or a delete, and after an update', async () => {
    harness = await startHarness({ users: rows });
    await createSyncRun({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
    }).start();
    const state = harness.sim.state();
    await harness.close();
    const changed = [userRow({ AdresseEmail: 'keep@x.example', Fonction: 'Contrôleur' })];
    harness = await startHarness({ users: changed, simulator: { state } });
    const path = join(harness.dir, 'out', 'audit.jsonl');
    const run = createSyncRun({
      source: harness.source(),
      client: harness.client(),
      scopes: ['users'],
      actions: ['create', 'update', 'delete'],
      safety: { maxDeletes: '100%', protected: ['admin@*', 'api@*'] },
    });
    const audit = attachAuditTrail(run, path);
    await run.start();
    await audit.written();
    const lines = (await readFile(path, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditLine);
    const update = lines.find((line) => line.action === 'update');
    expect(update).toMatchObject({ key: 'keep@x.example', outcome: 'done' });
    expect(update?.before).toMatchObject({ jobTitle: 'Comptable', company: 'MTAwMQ==' });
    expect(update?.after).toMatchObject({ jobTitle: 'Contrôleur', company: 'MTAwMQ==' });
    const removed = lines.find((line) => line.action === 'delete');
    expect(removed).toMatchObject({ key: 'gone@x.example', outcome: 'done', after: null });
    expect(removed?.before).toMatchObject({
      mail: 'gone@x.example',
      jobTitle: 'Stagiaire',
      employeeNumber: 'M-7',
      role: expect.any(String) as string,
      authMode: 'Sso',
    });
  });
});
