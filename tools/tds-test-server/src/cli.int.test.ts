import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import sql from 'mssql';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs, runCli, UsageError } from './lib/run-cli.js';
import type { TdsServer } from './index.js';
import { TEST_USER } from '../test/harness.js';

const fixture = fileURLToPath(new URL('../test/fixtures/agresso.json', import.meta.url));
const bin = fileURLToPath(new URL('../bin/tds-test-server.js', import.meta.url));
const args = ['--fixture', fixture, '--user', TEST_USER.user];

/** The first line a child prints on stdout. */
async function firstLine(child: ChildProcess): Promise<string> {
  let text = '';
  for await (const chunk of child.stdout ?? []) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0] ?? '';
}

describe('tds-test-server CLI', () => {
  let child: ChildProcess | undefined;
  let server: TdsServer | undefined;
  let pool: sql.ConnectionPool | undefined;

  // Each test cleans up only what it started: in a shuffled order, closing the server of an earlier
  // test again failed with "Server is not running".
  afterEach(async () => {
    const started = { pool, server, child };
    pool = undefined;
    server = undefined;
    child = undefined;
    await started.pool?.close();
    await started.server?.close();
    if (started.child !== undefined && started.child.exitCode === null) {
      started.child.kill('SIGTERM');
      await once(started.child, 'exit');
    }
  });

  it('serves the fixture file: prints where it listens, then answers mssql', async () => {
    child = spawn(process.execPath, [bin, ...args, '--port', '0'], { env: { ...process.env, TDS_TEST_SERVER_PASSWORD: TEST_USER.password } });
    const line = await firstLine(child);
    const match = /^listening on 127\.0\.0\.1:(\d+)$/.exec(line);
    expect(match).not.toBeNull();
    const port = Number(match?.[1]);
    pool = await new sql.ConnectionPool({ server: '127.0.0.1', port, ...TEST_USER, options: { encrypt: false, trustServerCertificate: true } }).connect();
    const result = await pool.request().query('SELECT * FROM [AgrProd]..[iris_N2F_Analytics]');
    expect(result.recordset).toEqual([
      { client: 'EN', dim_value: 'Département R&D', amount: 1234.5, last_update: new Date('2024-05-02T08:30:00Z') },
      { client: 'EN', dim_value: null, amount: null, last_update: null },
    ]);
    await expect(pool.request().query('select * from dbo.locked')).rejects.toMatchObject({ number: 1205 });
  });

  it('exits with code 2 and the usage when --fixture is missing', async () => {
    child = spawn(process.execPath, [bin, '--password', 'x']);
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toContain('--fixture is required');
    expect(stderr).toContain('Usage: tds-test-server');
  });

  it('parses flags, takes the password from the environment, and never prints it', async () => {
    expect(parseCliArgs([...args, '--port', '1433', '--latency-ms', '25'], { TDS_TEST_SERVER_PASSWORD: 'from-env' })).toEqual({
      fixture,
      port: 1433,
      user: TEST_USER.user,
      password: 'from-env',
      latencyMs: 25,
    });
    expect(() => parseCliArgs([...args, '--port', 'abc'], { TDS_TEST_SERVER_PASSWORD: 'x' })).toThrow(UsageError);
    expect(() => parseCliArgs(args, {})).toThrow('--password (or TDS_TEST_SERVER_PASSWORD) is required');
    const printed: string[] = [];
    server = await runCli([...args, '--password', TEST_USER.password], {}, (line) => printed.push(line));
    expect(printed).toEqual([`listening on 127.0.0.1:${server.port}`]);
  });
});
