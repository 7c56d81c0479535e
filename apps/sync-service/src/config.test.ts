import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { N2F_PRODUCTION_URL, N2F_SANDBOX_URL } from '@n2f/n2f-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { ServiceConfigError } from './config/problems.js';
import type { Env } from './config/secrets.js';

const TOKEN = 'a-token-of-24-characters';
const base: Env = {
  N2F_CLIENT_ID: 'client',
  N2F_CLIENT_SECRET: 'the-client-secret',
  SYNC_SERVICE_TOKEN: TOKEN,
  AGRESSO_USERS_FILE: 'users.csv',
  AGRESSO_ANALYTICS_FILE: 'analytics.csv',
};

async function problems(env: Env): Promise<Record<string, string>> {
  const error = await loadConfig(env).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceConfigError);
  return Object.fromEntries((error as ServiceConfigError).problems.map((p) => [p.key, p.problem]));
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-service-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('applies the defaults: port 8787 on loopback, nightly schedule, production N2F, day/night quotas', async () => {
    const config = await loadConfig(base);
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      cron: '15 20 * * *',
      scopes: undefined,
      actions: ['create', 'update'],
      protected: [],
      demo: false,
      n2f: { baseUrl: N2F_PRODUCTION_URL, sandbox: false, quotas: 'clock' },
      agresso: { type: 'files', users: join(process.cwd(), 'users.csv') },
    });
    expect(config.dataDir).toBe(join(process.cwd(), '.sync-service'));
  });

  it('reads every variable, treating empty values as unset', async () => {
    const config = await loadConfig({
      ...base,
      SYNC_SERVICE_PORT: '0',
      SYNC_SERVICE_HOST: '0.0.0.0',
      SYNC_SERVICE_CRON: 'off',
      SYNC_SERVICE_SCOPES: 'users, departments',
      SYNC_SERVICE_ACTIONS: 'create,update,delete',
      SYNC_SERVICE_PROTECTED: 'admin@x.example, api@*',
      N2F_SANDBOX: 'yes',
      N2F_QUOTAS: 'day',
      N2F_BASE_URL: '',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      cron: null,
      scopes: ['users', 'departments'],
      actions: ['create', 'update', 'delete'],
      protected: ['admin@x.example', 'api@*'],
      n2f: { baseUrl: N2F_SANDBOX_URL, sandbox: true, quotas: 'day' },
    });
  });

  it('reads secrets from *_FILE (one trailing newline dropped) and never shows them', async () => {
    const file = join(dir, 'secret');
    await writeFile(file, 'from-a-file\n');
    const config = await loadConfig({
      ...base,
      N2F_CLIENT_SECRET: undefined,
      N2F_CLIENT_SECRET_FILE: file,
    });
    expect(config.n2f.clientSecret.reveal()).toBe('from-a-file');
    const shown = `${JSON.stringify(config)} ${inspect(config, { depth: 5 })} ${String(config.token)}`;
    for (const secret of ['from-a-file', TOKEN, 'client"']) expect(shown).not.toContain(secret);
  });

  it('configures the SQL Server source from AGRESSO_DB_*', async () => {
    const config = await loadConfig({
      ...base,
      AGRESSO_USERS_FILE: undefined,
      AGRESSO_ANALYTICS_FILE: undefined,
      AGRESSO_DB_SERVER: 'agresso-db',
      AGRESSO_DB_DATABASE: 'AGR',
      AGRESSO_DB_USER: 'reader',
      AGRESSO_DB_PASSWORD: 'pw',
      AGRESSO_DB_TRUST_SERVER_CERTIFICATE: 'true',
    });
    expect(config.agresso).toMatchObject({
      type: 'mssql',
      server: 'agresso-db',
      port: 1433,
      database: 'AGR',
      encrypt: true,
      trustServerCertificate: true,
    });
  });

  it('lists every problem at once, naming the variable', async () => {
    expect(
      await problems({
        SYNC_SERVICE_PORT: '70000',
        SYNC_SERVICE_CRON: 'every night',
        N2F_QUOTAS: 'weekend',
        N2F_BASE_URL: 'http://n2f.example.com',
        N2F_CLIENT_SECRET_FILE: join(dir, 'absent'),
      }),
    ).toEqual({
      SYNC_SERVICE_PORT: expect.stringMatching(/65535/) as unknown,
      SYNC_SERVICE_CRON: expect.stringMatching(/cron expression/) as unknown,
      N2F_QUOTAS: expect.stringMatching(/"off", "day" or "night"/) as unknown,
      N2F_BASE_URL: expect.stringMatching(/https/) as unknown,
      N2F_CLIENT_SECRET_FILE: expect.stringMatching(/cannot be read .*ENOENT/) as unknown,
    });
    expect(await problems({ SYNC_SERVICE_HOST: '0.0.0.0' })).toEqual({
      N2F_CLIENT_ID: 'is not set',
      N2F_CLIENT_SECRET: 'is not set',
      SYNC_SERVICE_TOKEN: expect.stringMatching(
        /^is not set while SYNC_SERVICE_HOST=0\.0\.0\.0 is not a loopback address/,
      ) as unknown,
      AGRESSO_USERS_FILE: 'neither the export files nor AGRESSO_DB_SERVER is set',
    });
  });

  it('refuses a short token outside demo mode, half a file source, and an incomplete database', async () => {
    expect(await problems({ ...base, SYNC_SERVICE_TOKEN: 'short' })).toEqual({
      SYNC_SERVICE_TOKEN: 'is shorter than 16 characters',
    });
    expect(
      (await loadConfig({ ...base, SYNC_SERVICE_TOKEN: 'demo', SYNC_SERVICE_DEMO: '1' })).demo,
    ).toBe(true);
    expect(
      await problems({ ...base, SYNC_SERVICE_SCOPES: ' , ', SYNC_SERVICE_ACTIONS: 'create,erase' }),
    ).toEqual({
      SYNC_SERVICE_SCOPES: 'must name at least one scope (got 0)',
      SYNC_SERVICE_ACTIONS: expect.stringMatching(/create, update and\/or delete/) as unknown,
    });
    expect(await problems({ ...base, AGRESSO_ANALYTICS_FILE: '' })).toEqual({
      AGRESSO_ANALYTICS_FILE: 'is not set while the other export file is',
    });
    expect(
      Object.keys(
        await problems({
          ...base,
          AGRESSO_USERS_FILE: undefined,
          AGRESSO_ANALYTICS_FILE: undefined,
          AGRESSO_DB_SERVER: 'db',
        }),
      ),
    ).toEqual(['AGRESSO_DB_DATABASE', 'AGRESSO_DB_USER', 'AGRESSO_DB_PASSWORD']);
  });

  it('needs a token only off loopback, and says how to fix it', async () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1'])
      expect(
        (await loadConfig({ ...base, SYNC_SERVICE_TOKEN: undefined, SYNC_SERVICE_HOST: host }))
          .token,
      ).toBeUndefined();
    await expect(
      loadConfig({ ...base, SYNC_SERVICE_TOKEN: undefined, SYNC_SERVICE_HOST: '10.0.0.5' }),
    ).rejects.toThrow(
      /SYNC_SERVICE_TOKEN: is not set while SYNC_SERVICE_HOST=10\.0\.0\.5 is not a loopback address.*\n {4}fix: export SYNC_SERVICE_TOKEN .*or listen on 127\.0\.0\.1/,
    );
  });

  it('says what to fix in the error message', async () => {
    await expect(loadConfig({ ...base, SYNC_SERVICE_CRON: '61 * * * *' })).rejects.toThrow(
      /SYNC_SERVICE_CRON: .*\n {4}fix: use five fields/,
    );
  });
});
