import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsFromUrl, valuesQuery } from '../../test/sql-values.js';
import { SOURCE_CONTRACT, collect, type ContractData } from '../testing/index.js';
import { createMssqlSource } from './mssql-source.js';

/**
 * Opt-in: the same contract against a real SQL Server, e.g.
 * AGRESSO_TEST_MSSQL_URL='mssql://sa:Passw0rd!@localhost:1433/master?encrypt=true&trustServerCertificate=true'.
 * The seed rows travel as literal VALUES in SQL files given by path, so nothing is created on the server.
 */
const url = process.env['AGRESSO_TEST_MSSQL_URL'];

describe.skipIf(!url)('mssql source on a real SQL Server (AGRESSO_TEST_MSSQL_URL)', () => {
  let dir = '';
  let files = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agresso-real-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function sqlFile(text: string): Promise<string> {
    const path = join(dir, `query-${(files += 1)}.sql`);
    await writeFile(path, text, 'utf8');
    return path;
  }

  const connection = (): ReturnType<typeof optionsFromUrl> => optionsFromUrl(url ?? '');
  const harness = {
    create: async (data: ContractData) =>
      createMssqlSource({
        ...connection(),
        sqlFiles: { users: await sqlFile(valuesQuery('users', data.users)), analytics: await sqlFile(valuesQuery('analytics', data.analytics)) },
      }),
  };
  for (const contractCase of SOURCE_CONTRACT) it(contractCase.name, () => contractCase.run(harness));

  it('fails a wrong password with DATABASE_LOGIN_FAILED (18456)', async () => {
    const source = createMssqlSource({ ...connection(), password: 'not-the-password' });
    await expect(source.check()).rejects.toMatchObject({ code: 'DATABASE_LOGIN_FAILED', number: 18_456 });
    await source.close();
  });

  it('fails a SQL file naming a missing view with DATABASE_OBJECT_MISSING (208)', async () => {
    const source = createMssqlSource({ ...connection(), sqlFiles: { users: await sqlFile('SELECT * FROM iris_N2F_No_Such_View;') } });
    await expect(collect(source.readUsers())).rejects.toMatchObject({ code: 'DATABASE_OBJECT_MISSING', number: 208 });
    await source.close();
  });
});
