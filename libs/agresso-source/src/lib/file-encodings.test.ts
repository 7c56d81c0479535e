import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError, isSourceError } from '@n2f/resilience';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect } from '../testing/index.js';
import { USER_COLUMNS } from './columns.js';
import type { FileDelimiter } from './csv-delimiter.js';
import type { FileEncoding } from './file-encoding.js';
import { createFileSource } from './file-source.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agresso-encodings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const COLUMNS = Object.keys(USER_COLUMNS);
const NAMES = [['elodie@x.example', 'Élodie', 'Lefèvre'], ['francois@x.example', 'François', 'Müller-Dœuf €']];

/** A users export: header and the accented rows, cells separated by `sep`, encoded as asked. */
async function usersFile(encoding: FileEncoding | 'utf-8-bom' | 'utf-16le-bom', sep: ',' | ';' | '\t' = ','): Promise<string> {
  const line = (cells: string[]): string => [...cells, ...Array<string>(COLUMNS.length - cells.length).fill('')].join(sep);
  const text = [COLUMNS.join(sep), ...NAMES.map(line)].join('\r\n') + '\r\n';
  const bytes =
    encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    : encoding === 'utf-16le-bom' ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])
    : iconv.encode(text.replace('Dœuf €', encoding === 'latin1' ? 'Doeuf' : 'Dœuf €'), encoding);
  const path = join(dir, `users-${encoding}.csv`);
  await writeFile(path, bytes);
  return path;
}

async function readNames(users: string, options: { encoding?: FileEncoding; delimiter?: FileDelimiter } = {}): Promise<string[]> {
  const records = await collect(createFileSource({ users, analytics: users, ...options }).readUsers());
  return records.map((r) => (r.valid ? `${r.row.Prenom ?? ''} ${r.row.Nom ?? ''}` : `invalid: ${r.invalid.reason}`));
}

describe('file source encodings', () => {
  it.each([
    ['windows-1252', 'windows-1252', ['Élodie Lefèvre', 'François Müller-Dœuf €']],
    ['latin1', 'latin1', ['Élodie Lefèvre', 'François Müller-Doeuf']],
    ['utf-8 with a BOM, whatever the setting', 'windows-1252', ['Élodie Lefèvre', 'François Müller-Dœuf €']],
    ['utf-16le with a BOM, whatever the setting', 'utf-8', ['Élodie Lefèvre', 'François Müller-Dœuf €']],
  ] as const)('reads %s', async (name, setting, expected) => {
    const written = name.startsWith('utf-8') ? 'utf-8-bom' : name.startsWith('utf-16le') ? 'utf-16le-bom' : setting;
    expect(await readNames(await usersFile(written as FileEncoding), { encoding: setting })).toEqual(expected);
  });

  it('refuses a windows-1252 file read as UTF-8, naming the file, line, byte and the setting to change', async () => {
    const users = await usersFile('windows-1252');
    const error: unknown = await readNames(users).catch((e: unknown) => e);
    expect(isSourceError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(users);
    expect(message).toMatch(/is not valid utf-8 text \(line 2: byte 0xC9 at offset \d+ is not UTF-8\)/);
    expect(message).toMatch(/Fix: set agresso\.encoding .*"windows-1252"/);
    expect(message).not.toContain('\uFFFD');
    await expect(createFileSource({ users, analytics: users }).check()).rejects.toThrow(/line 2: byte 0xC9/);
  });

  it('refuses a byte windows-1252 leaves undefined, and UTF-16 without its BOM', async () => {
    const users = join(dir, 'u.csv');
    await writeFile(users, Buffer.concat([Buffer.from(`${COLUMNS.join(',')}\nab`), Buffer.from([0x81]), Buffer.from('@x.example\n')]));
    await expect(readNames(users, { encoding: 'windows-1252' })).rejects.toThrow(/line 2: byte 0x81 at offset \d+ has no character in windows-1252/);
    const utf16 = join(dir, 'u16.csv');
    await writeFile(utf16, iconv.encode(`${COLUMNS.join(',')}\n`, 'utf-16le'));
    await expect(readNames(utf16)).rejects.toThrow(/holds NUL bytes, as UTF-16 text does\. Fix: set agresso\.encoding to "utf-16le"/);
  });

  it('finds a bad byte past the first chunk, in the file line it sits on (check() reads it all)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `u${i}@x.example,${'x'.repeat(40)}${','.repeat(COLUMNS.length - 2)}`);
    const users = join(dir, 'big.csv');
    await writeFile(users, Buffer.concat([Buffer.from([COLUMNS.join(','), ...rows, 'late@x.example,'].join('\n')), Buffer.from([0xe9, 0x0a])]));
    await expect(createFileSource({ users, analytics: users }).check()).rejects.toThrow(/line 3002: byte 0xE9/);
  });

  it.each([';', '\t'] as const)('detects the %j separator from the header, or takes it from the option', async (sep) => {
    const users = await usersFile('windows-1252', sep);
    expect(await readNames(users, { encoding: 'windows-1252' })).toEqual(['Élodie Lefèvre', 'François Müller-Dœuf €']);
    expect(await readNames(users, { encoding: 'windows-1252', delimiter: sep })).toHaveLength(2);
    await expect(readNames(users, { encoding: 'windows-1252', delimiter: ',' })).rejects.toThrow(/lacks the columns/);
  });

  it('reads JSON exports in the configured encoding too', async () => {
    const users = join(dir, 'u.json');
    const row = Object.fromEntries(COLUMNS.map((c) => [c, null]));
    await writeFile(users, iconv.encode(JSON.stringify([{ ...row, AdresseEmail: 'e@x.example', Prenom: 'Élodie' }]), 'windows-1252'));
    expect(await readNames(users, { encoding: 'windows-1252' })).toEqual(['Élodie ']);
    await expect(readNames(users)).rejects.toThrow(/line 1: byte 0xC9/);
  });

  it('names a bad encoding or separator option', () => {
    const bad = (options: object): unknown => {
      try {
        return createFileSource({ users: 'u.csv', analytics: 'a.csv', ...options });
      } catch (error) {
        return error;
      }
    };
    expect(bad({ encoding: 'cp1252' })).toSatisfy(isConfigurationError);
    expect(String(bad({ encoding: 'cp1252' }))).toMatch(/"encoding": "cp1252" is not supported.*"windows-1252"/);
    expect(String(bad({ delimiter: '|' }))).toMatch(/"delimiter": "\|" is not supported/);
  });
});
