import { isConfigurationError } from '@n2f/resilience';
import { describe, expect, it } from 'vitest';
import { resolveMssqlSourceOptions, type MssqlSourceOptions } from './mssql-options.js';

const base = { server: 'agresso-db', database: 'AgrProd', user: 'n2f_reader', password: 'pw' } as const;

function configurationError(options: Record<string, unknown>): unknown {
  try {
    // Options as a config file could hold them, wrong types included.
    resolveMssqlSourceOptions(options as MssqlSourceOptions);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('resolveMssqlSourceOptions', () => {
  it('applies the documented defaults', () => {
    const resolved = resolveMssqlSourceOptions(base);
    expect(resolved.target).toEqual({ server: 'agresso-db', port: 1433, database: 'AgrProd', user: 'n2f_reader' });
    expect(resolved.connection).toEqual({ password: 'pw', encrypt: true, trustServerCertificate: false, connectionTimeoutMs: 15_000, requestTimeoutMs: 120_000, poolMax: 2, appName: 'n2f-sync' });
    expect(resolved.sqlFiles.users).toMatch(/sql[/\\]users\.production\.sql$/);
    expect(resolved.policy.name).toBe('database');
    expect(resolveMssqlSourceOptions({ ...base, variant: 'development' }).sqlFiles.analytics).toMatch(/analytics\.development\.sql$/);
    expect(resolveMssqlSourceOptions({ ...base, sqlFiles: { users: '/etc/n2f/users.sql' } }).sqlFiles.users).toBe('/etc/n2f/users.sql');
  });

  it.each([
    [{ ...base, server: undefined }, 'server'],
    [{ ...base, database: '' }, 'database'],
    [{ ...base, password: undefined }, 'password'],
    [{ ...base, port: 70_000 }, 'port'],
    [{ ...base, requestTimeoutMs: 0 }, 'requestTimeoutMs'],
    [{ ...base, encrypt: 'yes' as unknown as boolean }, 'encrypt'],
    [{ ...base, variant: 'staging' as 'production' }, 'variant'],
    [{ ...base, sqlFiles: { users: ' ' } }, 'sqlFiles.users'],
  ] as const)('names the bad option %#: %s', (options, key) => {
    const error = configurationError(options);
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ key });
  });

  it('needs no server nor login when a pool is given', () => {
    const pool = {} as NonNullable<MssqlSourceOptions['pool']>;
    expect(resolveMssqlSourceOptions({ pool }).target).toEqual({ server: '', port: 1433, database: '', user: '' });
  });
});
