import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli-process.js';
import { CLIENT_SECRET, defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let ws: Workspace;
useSimulatorWorkspace((_sim, w) => {
  ws = w;
});

describe('n2f-sync usage', () => {
  it('prints --version from package.json and --help for every command', async () => {
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const v = await runCli(['--version'], { cwd: ws.dir });
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });
    const root = await runCli(['--help'], { cwd: ws.dir });
    expect(root.code).toBe(0);
    for (const command of ['sync', 'plan', 'apply', 'doctor', 'demo', 'cache', '--version']) expect(root.stdout).toContain(command);
    for (const command of [['sync'], ['plan'], ['apply'], ['doctor'], ['demo'], ['cache'], ['cache', 'invalidate']]) {
      const help = await runCli([...command, '--help'], { cwd: ws.dir });
      expect(help.code, command.join(' ')).toBe(0);
      expect(help.stdout).toContain(`n2f-sync ${command.join(' ')}`);
      expect(help.stdout).not.toContain('\x1b[');
    }
    const sync = await runCli(['sync', '--help'], { cwd: ws.dir });
    for (const flag of ['--scope', '--create', '--update', '--delete', '--dry-run', '--max-deletes', '--json', '--log-format', '--report', '--audit', '--metrics', '--prometheus', '--api-log', '--clear-cache', '--invalidate-cache', '--config']) {
      expect(sync.stdout).toContain(flag);
    }
  });

  it('exits 2 on unknown commands, unknown flags (the legacy README ones too) and bad values', async () => {
    const cases: string[][] = [[], ['frobnicate'], ['sync', '--scopes', 'users'], ['sync', '--all'], ['sync', '--verbose'], ['sync', '--scope', 'departments'], ['sync', '--max-deletes', 'lots'], ['sync', '--log-format', 'xml'], ['sync', '--report'], ['apply'], ['cache'], ['cache', 'invalidate']];
    for (const args of cases) {
      const result = await runCli(args, { cwd: ws.dir, env: ws.env });
      expect(result.code, args.join(' ')).toBe(2);
    }
    const unknown = await runCli(['sync', '--scopes', 'users'], { cwd: ws.dir, env: ws.env });
    expect(unknown.stderr).toContain('unknown option --scopes');
    expect(unknown.stdout).toBe('');
  });

  it('exits 2 listing a missing secret, a bad key and a non-https URL, all at once', async () => {
    await ws.writeConfig({ ...defaultConfig(), n2f: { baseUrl: 'http://n2f.example.com/services/api/v2/', quotas: 'off' }, safety: { maxDelete: 5 } });
    const env = { N2F_CLIENT_ID: 'cli-test' };
    const result = await runCli(['sync'], { cwd: ws.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has 3 problems');
    expect(result.stderr).toMatch(/✖ n2f\.baseUrl: must use https/);
    expect(result.stderr).toMatch(/✖ safety\.maxDelete: is not a known key\n\s+fix: remove it or correct the spelling \(known keys here: maxDeletes/);
    expect(result.stderr).toMatch(/✖ N2F_CLIENT_SECRET: is not set\n\s+fix: export N2F_CLIENT_SECRET/);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on a short N2F_CACHE_KEY and on credentials in the base URL, without a stack trace or the values', async () => {
    const result = await runCli(['sync'], { cwd: ws.dir, env: { ...ws.env, N2F_CACHE_KEY: 'abc', N2F_BASE_URL: 'https://svc:Pa55-w0rd@n2f.example.com/api/' } });
    expect(result.code).toBe(2);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('has 2 problems');
    expect(output).toMatch(/✖ N2F_CACHE_KEY: is 3 characters long, shorter than the 8 the cache encryption needs/);
    expect(output).toMatch(/✖ n2f\.baseUrl \(from N2F_BASE_URL\): must not hold a user name or password/);
    expect(output).not.toMatch(/RangeError|\n\s+at |Pa55-w0rd|abc/);
  });

  it('refuses a plain-http N2F_BASE_URL that is not loopback, naming the variable', async () => {
    const result = await runCli(['doctor'], { cwd: ws.dir, env: { ...ws.env, N2F_BASE_URL: 'http://n2f.example.com/' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('n2f.baseUrl (from N2F_BASE_URL): must use https');
    expect(`${result.stdout}${result.stderr}`).not.toContain(CLIENT_SECRET);
  });
});
