import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoState } from '../src/index.js';
import { answer } from './helpers.js';

// The built bin (the test target depends on this project's build).
const BIN = join(import.meta.dirname, '..', 'bin', 'n2f-simulator.js');

let dir: string;
let child: ChildProcess | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'n2f-simulator-cli-'));
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  child = undefined;
  await rm(dir, { recursive: true, force: true });
});

function start(...args: string[]): ChildProcess {
  child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return child;
}

async function firstLine(process: ChildProcess): Promise<string> {
  if (!process.stdout) throw new Error('stdout is not piped');
  const lines = createInterface({ input: process.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  return line;
}

async function finish(
  process: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  process.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  process.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(process, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

describe('n2f-simulator CLI', () => {
  it('prints the listening line first, serves the API and stops cleanly on SIGTERM', async () => {
    const sim = start('--port', '0', '--quota', 'off', '--token-ttl', '120');
    const line = await firstLine(sim);
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/services\/api\/v2\/$/);
    const url = line.slice('listening on '.length);
    const auth = await answer(
      await fetch(`${url}auth`, {
        method: 'POST',
        body: JSON.stringify({ client_id: 'demo', client_secret: 'demo-secret' }),
      }),
    );
    expect(auth.status).toBe(200);
    const exited = finish(sim);
    sim.kill('SIGTERM');
    expect((await exited).code).toBe(0);
  });

  it('serves the users of a state file', async () => {
    const file = join(dir, 'state.json');
    const users = [
      { mail: 'file@example.com', company: 'MTAwMg==', role: 'User', profile: 'Standard' },
    ];
    await writeFile(file, JSON.stringify({ ...demoState(), users }));
    const sim = start('--state', file);
    const url = (await firstLine(sim)).slice('listening on '.length);
    const res = await answer(await fetch(url.replace('/services/api/v2/', '/__simulator/state')));
    expect(res.body.users.map((u: { mail: string }) => u.mail)).toEqual(['file@example.com']);
    const exited = finish(sim);
    sim.kill('SIGINT');
    expect((await exited).code).toBe(0);
  });

  it('exits 2 naming the file and the entry of a bad state file', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ users: [{ mail: 'nope' }] }));
    const { code, stderr } = await finish(start('--state', file));
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(stderr).toContain('users[0].mail');
  });

  it('exits 2 with the usage on a bad option, and 0 with --help', async () => {
    const bad = await finish(start('--quota', 'lots'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--quota');
    expect(bad.stderr).toContain('Usage: n2f-simulator');
    const help = await finish(start('--help'));
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--token-ttl SECONDS');
  });
});
