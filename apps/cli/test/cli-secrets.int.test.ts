import { describe, expect, it } from 'vitest';
import type { CliResult } from './helpers/cli-process.js';
import { CACHE_KEY, CLIENT_SECRET, defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let ws: Workspace;
useSimulatorWorkspace((_sim, w) => {
  ws = w;
});

const DB_PASSWORD = 'Db-Passw0rd-Secret-5521';
const SECRETS = [CLIENT_SECRET, CACHE_KEY, DB_PASSWORD];

function expectNoSecret(results: readonly CliResult[], files: string): void {
  const text = [...results.flatMap((r) => [r.stdout, r.stderr]), files].join('\n');
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe('secrets', () => {
  // Seven real runs of the CLI, one after the other: more than the default timeout on a loaded machine.
  it('never appear in any output or file of any command, in either log format', async () => {
    await ws.writeConfig({ ...defaultConfig(), outputs: { dir: 'runs' } });
    const all = ['--report', 'r.json', '--audit', 'a.jsonl', '--api-log', 'api.csv', '--metrics', 'metrics', '--prometheus', 'm.prom'];
    const results = [
      await ws.run(['doctor']),
      await ws.run(['plan', '--out', 'plan.json', '--log-format', 'json']),
      await ws.run(['apply', 'plan.json', ...all]),
      await ws.run(['sync', '--delete', '--json', ...all]),
      await ws.run(['sync', '--log-format', 'json', '--dry-run']),
      await ws.run(['cache', 'stats']),
      await ws.run(['sync'], { N2F_CLIENT_SECRET: `${CLIENT_SECRET}-wrong` }),
    ];
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 4]);
    expectNoSecret(results, await ws.allFiles());
  }, 300_000);

  it('stay out of database and configuration errors too', async () => {
    await ws.writeConfig({ ...defaultConfig(), agresso: { type: 'mssql', server: '127.0.0.1', port: 1, database: 'AgrTest', encrypt: false } });
    const env = { AGRESSO_DB_USER: 'svc_n2f', AGRESSO_DB_PASSWORD: DB_PASSWORD };
    const doctor = await ws.run(['doctor'], env);
    expect(doctor.code).toBe(4);
    expect(doctor.stdout).toMatch(/✖ FAIL {2}Agresso connection/);
    await ws.writeConfig({ ...defaultConfig(), n2f: { clientSecret: CLIENT_SECRET, quotas: 'off' } });
    const config = await ws.run(['sync'], env);
    expect(config.code).toBe(2);
    expectNoSecret([doctor, config], '');
  });
});
