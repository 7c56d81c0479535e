import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createCache } from '@n2f/cache';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postRun, readEvents } from '../test/service-harness.js';
import { DEMO_TOKEN } from './demo.js';
import { createHistoryStore } from './runs/history-store.js';

// The built entry point, as operators start it (the test target builds first).
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

let dataDir: string;
const children: ChildProcessWithoutNullStreams[] = [];
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sync-service-main-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

function start(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcessWithoutNullStreams; stderr: () => string } {
  const child = spawn(process.execPath, [MAIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  children.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}

async function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  for await (const line of createInterface({ input: child.stdout })) return line;
  throw new Error('no output');
}

describe('main.js', () => {
  it('--demo serves the dashboard; SIGTERM stops the run between calls, keeps its report and exits 0', async () => {
    const { child } = start(['--demo'], { SYNC_SERVICE_PORT: '0', SYNC_SERVICE_DATA_DIR: dataDir });
    const url = /listening on (\S+)/.exec(await firstLine(child))?.[1] ?? '';
    expect((await fetch(url)).headers.get('content-type')).toMatch(/^text\/html/);
    const res = await postRun({ url }, {}, DEMO_TOKEN);
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    await readEvents(
      new URL(`runs/${id}/events`, url),
      (e) => e.type === 'operation' && e.done >= 3,
      { authorization: `Bearer ${DEMO_TOKEN}` },
    );

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    const cache = createCache({ driver: { type: 'fs', dir: dataDir }, namespace: 'run-history' });
    const record = await createHistoryStore(cache).get(id);
    await cache.dispose();
    expect(record).toMatchObject({ status: 'finished', report: { outcome: 'aborted' } });
    expect(record?.report?.totals.created).toBeGreaterThanOrEqual(3);
  });

  it('exits 2 naming each missing variable (the token off loopback), and on an unknown argument', async () => {
    const bad = start([], { SYNC_SERVICE_DATA_DIR: dataDir, SYNC_SERVICE_HOST: '0.0.0.0' });
    const [code] = (await once(bad.child, 'exit')) as [number | null];
    expect(code).toBe(2);
    for (const name of [
      'N2F_CLIENT_ID',
      'N2F_CLIENT_SECRET',
      'SYNC_SERVICE_TOKEN',
      'AGRESSO_USERS_FILE',
    ])
      expect(bad.stderr()).toContain(name);

    const unknown = start(['--demo', '--verbose'], {});
    expect(((await once(unknown.child, 'exit')) as [number | null])[0]).toBe(2);
    expect(unknown.stderr()).toMatch(/Unknown argument\(s\): --verbose/);
  });
});
