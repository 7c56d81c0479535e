import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError, isSourceError } from '@n2f/resilience';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCE_CONTRACT, collect, formatCsv, type ContractData } from '../testing/index.js';
import { USER_COLUMNS } from './columns.js';
import { createFileSource } from './file-source.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agresso-file-source-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return path;
}

describe.each(['csv', 'json'] as const)('file source contract (%s)', (format) => {
  const harness = {
    create: async (data: ContractData) => {
      const text = (rows: ContractData['users']): string => (format === 'csv' ? formatCsv(rows) : JSON.stringify(rows));
      const users = await write(`users.${format}`, text(data.users));
      const analytics = await write(`analytics.${format}`, text(data.analytics));
      return createFileSource({ users, analytics });
    },
  };
  for (const contractCase of SOURCE_CONTRACT) it(contractCase.name, () => contractCase.run(harness));
});

const header = Object.keys(USER_COLUMNS).join(',');
/** A CSV line of the users view: the given (already encoded) cells, then empty ones up to 29. */
const userLine = (...cells: string[]): string => [...cells, ...Array<string>(29 - cells.length).fill('')].join(',');

describe('file source (CSV specifics)', () => {
  it('reads a UTF-8 file with a BOM, CRLF, quotes and case-insensitive header names', async () => {
    const users = await write('u.csv', `\uFEFF${header.replace('langue', 'Langue')}\r\n${userLine('a@x.example', '"Élise ""El"""', '"Dupont, Jr"')}\r\n`);
    const source = createFileSource({ users, analytics: await write('a.csv', '') });
    const [record] = await collect(source.readUsers());
    expect(record).toMatchObject({ valid: true, rowNumber: 1, row: { AdresseEmail: 'a@x.example', Prenom: 'Élise "El"', Nom: 'Dupont, Jr', langue: null } });
  });

  it('names every missing column in a clear SourceError when iteration starts', async () => {
    const users = await write('u.csv', `${header.replace(',Role,', ',').replace(',Manager', '')}\r\n`);
    const iterable = createFileSource({ users, analytics: users }).readUsers();
    const error: unknown = await collect(iterable).catch((e: unknown) => e);
    expect(isSourceError(error)).toBe(true);
    expect(String(error)).toMatch(/lacks the columns "Role", "Manager".*iris_N2F_User/);
    await expect(createFileSource({ users, analytics: users }).check()).rejects.toThrow(/"Role"/);
  });

  it('ignores extra columns and yields ragged rows as invalid, naming the line', async () => {
    const users = await write('u.csv', `Extra,${header}\nx,${userLine('a@x.example')}\ny,b@x.example,Bob\nz,${userLine('c@x.example')},9\n`);
    const records = await collect(createFileSource({ users, analytics: users }).readUsers());
    expect(records.map((r) => r.valid)).toEqual([true, false, false]);
    expect(records[0]).not.toHaveProperty('row.Extra');
    expect(records[1]).toMatchObject({ rowNumber: 2, invalid: { view: 'users', key: 'b@x.example', column: 'Nom', reason: 'line 3 has 3 fields but the header has 30' } });
    expect(records[2]).toMatchObject({ rowNumber: 3, invalid: { column: 'DivisionID', reason: expect.stringMatching(/unquoted separator/) } });
  });

  it('keeps the extra columns asked for, as given, and requires them', async () => {
    const users = await write('u.csv', `${header},Fonction2\n${userLine('a@x.example')},Chef d'équipe\n`);
    const source = createFileSource({ users, analytics: users, extraColumns: { users: ['fonction2'] } });
    const [record] = await collect(source.readUsers());
    expect(record).toMatchObject({ valid: true, row: { fonction2: "Chef d'équipe" } });
    const without = await write('w.csv', `${header}\n`);
    const strict = createFileSource({ users: without, analytics: without, extraColumns: { users: ['Fonction2'] } });
    await expect(strict.check()).rejects.toThrow(/lacks the column "Fonction2"/);
    expect(() => createFileSource({ users, analytics: users, extraColumns: { users: [''] } })).toThrow(/extraColumns\.users/);
  });

  it('treats an empty or header-only file as zero rows', async () => {
    const source = createFileSource({ users: await write('u.csv', ''), analytics: await write('a.csv', `${'typ,client,code,description,status,date_from,date_to'}\n`) });
    expect(await collect(source.readUsers())).toEqual([]);
    expect(await collect(source.readAnalytics())).toEqual([]);
    await expect(source.check()).resolves.toBeUndefined();
  });

  it('reports a missing file and an unterminated quote as SourceErrors', async () => {
    const missing = createFileSource({ users: join(dir, 'nope.csv'), analytics: join(dir, 'nope.csv') });
    await expect(collect(missing.readUsers())).rejects.toThrow(/nope\.csv: it does not exist/);
    await expect(missing.check()).rejects.toSatisfy(isSourceError);
    const broken = await write('b.csv', `${header}\n"a@x.example,unterminated\n`);
    await expect(collect(createFileSource({ users: broken, analytics: broken }).readUsers())).rejects.toThrow(/not valid CSV: unterminated quoted field starting on line 2/);
  });
});

describe('file source (JSON specifics)', () => {
  it('yields non-object items and badly typed values as invalid rows', async () => {
    const row = Object.fromEntries(Object.keys(USER_COLUMNS).map((c) => [c, null]));
    const users = await write('u.json', JSON.stringify([{ ...row, AdresseEmail: 'a@x.example' }, 42, { ...row, AdresseEmail: 'b@x.example', Role: { label: 'x' } }]));
    const records = await collect(createFileSource({ users, analytics: users }).readUsers());
    expect(records.map((r) => r.valid)).toEqual([true, false, false]);
    expect(records[1]).toMatchObject({ invalid: { rowNumber: 2, value: 42, reason: 'expected a row object' } });
    expect(records[2]).toMatchObject({ invalid: { key: 'b@x.example', column: 'Role', value: { label: 'x' }, reason: 'expected text or NULL, got an object', fix: 'give Role as a string or null in the export' } });
  });

  it('needs an array, and every column in the first row', async () => {
    const notArray = await write('u.json', '{"rows": []}');
    await expect(collect(createFileSource({ users: notArray, analytics: notArray }).readUsers())).rejects.toThrow(/JSON array/);
    const partial = await write('p.json', '[{"AdresseEmail": "a@x.example"}]');
    await expect(createFileSource({ users: partial, analytics: partial }).check()).rejects.toThrow(/lacks the columns "Prenom"/);
  });
});

describe('file source options', () => {
  it('takes the format from the extension or the option, and names a bad option', () => {
    expect(createFileSource({ users: 'u.CSV', analytics: 'a.json' }).kind).toBe('file');
    expect(createFileSource({ users: 'u.txt', analytics: 'a.txt', format: 'csv' }).kind).toBe('file');
    expect(() => createFileSource({ users: 'u.txt', analytics: 'a.csv' })).toThrow(/"users".*extension/);
    let error: unknown;
    try {
      createFileSource({ users: '', analytics: 'a.csv' });
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
  });
});
