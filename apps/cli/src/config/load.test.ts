import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breakerFromConfig } from '../compose/client.js';
import { loadAppConfig } from './load.js';
import { InvalidConfigError, formatProblems } from './problems.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'n2f-cli-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const creds = { N2F_CLIENT_ID: 'id', N2F_CLIENT_SECRET: 's3cret-value' };
const files = { agresso: { type: 'files', users: 'u.csv', analytics: 'a.csv' } };

async function write(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidConfigError);
  return (error as InvalidConfigError).problems.map((p) => `${p.key}: ${p.problem}`);
}

describe('loadAppConfig', () => {
  it('finds n2f-sync.config.json, resolves paths against it and applies defaults', async () => {
    await write('n2f-sync.config.json', { ...files, sandbox: true });
    const config = await loadAppConfig({ cwd: dir, env: creds, needsServices: true });
    expect(config.agresso).toEqual({ type: 'files', users: join(dir, 'u.csv'), analytics: join(dir, 'a.csv') });
    expect(config.baseUrl).toBe('https://sandbox.n2f.com/services/api/v2/');
    expect(config.cacheDir).toBe(join(dir, '.n2f-sync/cache'));
    expect(config.cacheTtlMs).toBe(3_600_000);
    expect(config.secrets.N2F_CLIENT_SECRET?.reveal()).toBe('s3cret-value');
  });

  it('reads YAML given with --config and lets N2F_BASE_URL and N2F_SANDBOX win', async () => {
    await write('prod.yaml', 'sandbox: true\nagresso:\n  type: files\n  users: u.csv\n  analytics: a.csv\nn2f:\n  quotas: "off"\n');
    const env = { ...creds, N2F_BASE_URL: 'http://127.0.0.1:4010/api/', N2F_SANDBOX: 'false' };
    const config = await loadAppConfig({ cwd: dir, env, configFile: 'prod.yaml', needsServices: true });
    expect(config.baseUrl).toBe('http://127.0.0.1:4010/api/');
    expect(config.sandbox).toBe(false);
    expect(config.file.n2f.quotas).toBe('off');
  });

  it('reads n2f.timeout and n2f.breaker (seconds); the breaker becomes client options (milliseconds)', async () => {
    await write('n2f-sync.config.json', { ...files, n2f: { timeout: 2, breaker: { threshold: 3, halfOpenAfter: 10 } } });
    const config = await loadAppConfig({ cwd: dir, env: creds, needsServices: true });
    expect(config.file.n2f.timeout).toBe(2);
    expect(breakerFromConfig(config.file.n2f.breaker)).toEqual({ threshold: 3, halfOpenAfterMs: 10_000 });
    expect(breakerFromConfig(undefined)).toEqual({});
  });

  it('reads a TypeScript config file exporting the object', async () => {
    await write('n2f-sync.config.ts', `export default { agresso: { type: 'files', users: 'u.csv', analytics: 'a.csv' }, scopes: ['users'] satisfies string[] };\n`);
    const config = await loadAppConfig({ cwd: dir, env: creds, needsServices: true });
    expect(config.file.scopes).toEqual(['users']);
    expect(config.configPath).toBe(join(dir, 'n2f-sync.config.ts'));
  });

  it('lists every problem with its key path and a fix', async () => {
    await write('n2f-sync.config.json', {
      agresso: { type: 'mssql', server: 'db', database: 'Agr', port: 'x' },
      n2f: { baseUrl: 'http://n2f.example.com/api/', quotas: 'sometimes', breaker: { threshold: 0 } },
      safety: { maxDeletes: '10 percent' },
      scopez: ['users'],
    });
    const error = await loadAppConfig({ cwd: dir, env: {}, needsServices: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidConfigError);
    const text = formatProblems(error as InvalidConfigError);
    for (const key of ['agresso.port', 'n2f.baseUrl', 'n2f.quotas', 'n2f.breaker.threshold', 'safety.maxDeletes', 'scopez', 'AGRESSO_DB_USER', 'AGRESSO_DB_PASSWORD', 'N2F_CLIENT_ID', 'N2F_CLIENT_SECRET']) {
      expect(text).toContain(`✖ ${key}`);
    }
    expect(text).toContain('must use https');
    expect(text).toContain('fix: set n2f.breaker.threshold to the connection failures in a row');
    expect(text.match(/fix: /g)).toHaveLength(10);
  });

  it('names every unknown key at once, nested ones included', async () => {
    await write('n2f-sync.config.json', { n2f2: 1, password: 'x', scopez: 1, agresso: { type: 'files', users: 'u.csv', analytics: 'a.csv', encodng: 'latin1', pasword: 'y' } });
    const problems = await problemsOf(loadAppConfig({ cwd: dir, env: creds, needsServices: true }));
    expect([...problems].sort()).toEqual(['agresso.encodng', 'agresso.pasword', 'n2f2', 'password', 'scopez'].map((key) => `${key}: is not a known key`).sort());
  });

  it('checks agresso.encoding and agresso.delimiter, and passes them on', async () => {
    await write('n2f-sync.config.json', { agresso: { ...files.agresso, encoding: 'cp1252', delimiter: '|' } });
    const error = (await loadAppConfig({ cwd: dir, env: creds, needsServices: true }).catch((e: unknown) => e)) as InvalidConfigError;
    const text = formatProblems(error);
    expect(text).toMatch(/agresso\.encoding: must be one of "utf-8", "windows-1252", "latin1", "utf-16le" \(got "cp1252"\)/);
    expect(text).toMatch(/agresso\.delimiter: must be one of ",", ";", "\\t", "auto" \(got "\|"\)/);
    await write('ok.json', { agresso: { ...files.agresso, encoding: 'windows-1252', delimiter: ';' } });
    const config = await loadAppConfig({ cwd: dir, env: creds, configFile: 'ok.json', needsServices: true });
    expect(config.agresso).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
  });

  it('refuses a short N2F_CACHE_KEY, naming the variable and the minimum length, never the value', async () => {
    await write('n2f-sync.config.json', files);
    const error = (await loadAppConfig({ cwd: dir, env: { ...creds, N2F_CACHE_KEY: 'abc' }, needsServices: true }).catch((e: unknown) => e)) as InvalidConfigError;
    expect(error).toBeInstanceOf(InvalidConfigError);
    expect(error.problems).toEqual([{ key: 'N2F_CACHE_KEY', problem: 'is 3 characters long, shorter than the 8 the cache encryption needs', fix: expect.stringContaining('8 characters or more') }]);
    expect(formatProblems(error)).not.toContain('abc');
  });

  it('refuses credentials in the base URL with a fix, without showing them', async () => {
    await write('n2f-sync.config.json', { ...files, n2f: { baseUrl: 'https://svc:Pa55-w0rd@www.n2f.com/services/api/v2/' } });
    const error = (await loadAppConfig({ cwd: dir, env: creds, needsServices: true }).catch((e: unknown) => e)) as InvalidConfigError;
    expect(error.problems).toEqual([{ key: 'n2f.baseUrl', problem: expect.stringMatching(/^must not hold a user name or password \(user:password@\)/), fix: expect.stringContaining('N2F_CLIENT_ID') }]);
    expect(formatProblems(error)).not.toContain('Pa55-w0rd');
  });

  it('refuses secrets in the file and says they come from env', async () => {
    await write('n2f-sync.config.json', { ...files, n2f: { clientSecret: 'leaked' } });
    const error = (await loadAppConfig({ cwd: dir, env: creds, needsServices: true }).catch((e: unknown) => e)) as InvalidConfigError;
    expect(error.problems[0]?.key).toBe('n2f.clientSecret');
    expect(error.problems[0]?.fix).toContain('environment variables');
    expect(formatProblems(error)).not.toContain('leaked');
  });

  it('checks the operator controls: filters, mass-change limits, create-only fields', async () => {
    const controls = {
      filters: { users: { exclude: [{ column: 'Fonction', equals: 'Stagiaire' }], outOfScope: 'keep' } },
      safety: { massChange: { threshold: '20%', minimum: 10, fields: { users: { jobTitle: {}, authMode: false } }, allow: ['managerMail'] } },
      mapping: { createOnly: ['culture'] },
    };
    await write('n2f-sync.config.json', { ...files, ...controls });
    const config = await loadAppConfig({ cwd: dir, env: creds, needsServices: true });
    expect(config.file).toMatchObject(controls);
    await write('bad.json', {
      ...files,
      filters: { users: { exclude: [{ colum: 'Fonction' }], outOfScope: 'drop' } },
      safety: { massChange: { minimum: -1, fields: { users: { jobTitle: { threshold: 'lots' } } } } },
    });
    const error = (await loadAppConfig({ cwd: dir, env: creds, configFile: 'bad.json', needsServices: true }).catch((e: unknown) => e)) as InvalidConfigError;
    const byKey = new Map(error.problems.map((p) => [p.key, p]));
    expect([...byKey.keys()]).toEqual(expect.arrayContaining(['filters.users.exclude.0.colum', 'filters.users.outOfScope', 'safety.massChange.minimum', 'safety.massChange.fields.users.jobTitle']));
    expect(byKey.get('filters.users.outOfScope')?.fix).toContain('"keep"');
    expect(byKey.get('safety.massChange.fields.users.jobTitle')?.fix).toContain('false');
  });

  it('names the env variable when an overridden value is wrong', async () => {
    await write('n2f-sync.config.json', files);
    const problems = await problemsOf(loadAppConfig({ cwd: dir, env: { ...creds, N2F_BASE_URL: 'http://evil.example/', N2F_SANDBOX: 'maybe' }, needsServices: true }));
    expect(problems).toEqual([expect.stringMatching(/^N2F_SANDBOX/), expect.stringMatching(/^n2f\.baseUrl \(from N2F_BASE_URL\): must use https/)]);
  });

  it('reads secrets from NAME_FILE and never shows them when printed', async () => {
    await write('n2f-sync.config.json', files);
    const secretFile = await write('secret.txt', 'from-file-secret\n');
    const config = await loadAppConfig({ cwd: dir, env: { N2F_CLIENT_ID: 'id', N2F_CLIENT_SECRET_FILE: secretFile }, needsServices: true });
    expect(config.secrets.N2F_CLIENT_SECRET?.reveal()).toBe('from-file-secret');
    const shown = `${inspect(config, { depth: 10 })} ${JSON.stringify(config)} ${String(config.secrets.N2F_CLIENT_SECRET)}`;
    expect(shown).not.toContain('from-file-secret');
  });

  it('reports a missing --config file, an unreadable secret file and no file found', async () => {
    expect(await problemsOf(loadAppConfig({ cwd: dir, env: creds, configFile: 'nope.json', needsServices: true }))).toEqual([expect.stringMatching(/^--config: file not found/)]);
    await write('n2f-sync.config.json', files);
    expect(await problemsOf(loadAppConfig({ cwd: dir, env: { N2F_CLIENT_ID: 'id', N2F_CLIENT_SECRET_FILE: join(dir, 'missing') }, needsServices: true }))).toEqual([
      expect.stringMatching(/^N2F_CLIENT_SECRET_FILE: names a file that cannot be read/),
    ]);
    const empty = await mkdtemp(join(tmpdir(), 'n2f-cli-empty-'));
    expect(await problemsOf(loadAppConfig({ cwd: empty, env: creds, needsServices: true }))).toEqual([expect.stringMatching(/no configuration file found/)]);
    await rm(empty, { recursive: true });
  });

  it.each(['n2f-sync.sandbox.config.json', 'n2f-sync.production.config.yaml'])('accepts the shipped example %s', async (name) => {
    const examples = join(import.meta.dirname, '../../examples');
    const env = { ...creds, AGRESSO_DB_USER: 'svc', AGRESSO_DB_PASSWORD: 'pw' };
    const config = await loadAppConfig({ cwd: examples, env, configFile: name, needsServices: true });
    expect(config.agresso?.type).toBe('mssql');
    expect(config.baseUrl).toMatch(/^https:\/\//);
  });

  it('needs no file and no secret for the cache commands', async () => {
    const config = await loadAppConfig({ cwd: dir, env: {}, needsServices: false });
    expect(config.agresso).toBeUndefined();
    expect(config.cacheDir).toBe(join(dir, '.n2f-sync/cache'));
  });
});
