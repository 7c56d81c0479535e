import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Simulator } from '@n2f/n2f-simulator';
import type { InvalidRecord, RunReport } from '@n2f/sync-core';
import { describe, expect, it } from 'vitest';
import { readDemoUsers, type UsersTable } from './helpers/users-csv.js';
import { defaultConfig, useSimulatorWorkspace, type Workspace } from './helpers/workspace.js';

let sim: Simulator;
let ws: Workspace;
useSimulatorWorkspace((s, w) => {
  sim = s;
  ws = w;
});

const FORMULA = "=cmd|' /C calc'!A0";
const HUGE = 'x'.repeat(10 * 2 ** 20);
const MAIL = (name: string): string => `${name}@iris-demo.example`;

/** The demo users plus the bad-input corpus, in file order (demo rows are 1–40). */
async function corpusUsers(): Promise<UsersTable> {
  const demo = await readDemoUsers();
  const base = demo.rows[2] ?? [];
  const row = (values: Record<string, string>): string[] => demo.header.map((column, i) => values[column] ?? base[i] ?? '');
  const extra = (cells: string[][]): string[][] => cells.map((cells) => [...cells, 'note']);
  return {
    header: [...demo.header, 'Commentaire'],
    rows: extra([
      ...demo.rows,
      row({ AdresseEmail: MAIL('elodie.corpus'), Prenom: 'Élodie', Nom: 'Lefèvre', Fonction: FORMULA, Matricule: 'X41' }), // 41
      row({ AdresseEmail: MAIL('francois.corpus'), Prenom: 'François', Nom: 'Müller', Fonction: 'Chef\r\nde projet', Matricule: 'X42' }), // 42
      row({ AdresseEmail: MAIL('dup.case'), Matricule: 'X43' }), // 43
      row({ AdresseEmail: ` ${MAIL('DUP.Case')} `, Matricule: 'X44' }), // 44
      row({ AdresseEmail: MAIL('bad.currency'), Devise: 'EURO' }), // 45
      row({ AdresseEmail: MAIL('bad.culture'), langue: 'xx' }), // 46
      row({ AdresseEmail: MAIL('huge.field'), Fonction: HUGE }), // 47
    ]),
  };
}

const ANALYTICS = [
  ['typ', 'client', 'code', 'description', 'status', 'date_from', 'date_to'],
  ['PROJECT', 'BE10', 'P9001', 'Rénovation façade', 'N', '2024-01-01', '2099-12-31'], // 1
  ['PROJECT', 'BE10', ' P9002', 'Doublon A', 'N', '2024-01-01', '2099-12-31'], // 2
  ['PROJECT', 'BE10', 'P9002 ', 'Doublon B', 'N', '2024-01-01', '2099-12-31'], // 3
  ['FOO', 'BE10', 'F1', 'Inconnu', 'N', '2024-01-01', '2099-12-31'], // 4
  ['FOO', 'BE10', 'F2', 'Inconnu', 'N', '2024-01-01', '2099-12-31'], // 5
  ['', 'BE10', 'N1', 'Sans typ', 'N', '2024-01-01', '2099-12-31'], // 6
  ['FOO ', 'NL20', 'F3', 'Inconnu', 'N', '2024-01-01', '2099-12-31'], // 7
  ['', 'NL20', 'N2', 'Sans typ', 'N', '2024-01-01', '2099-12-31'], // 8
  ['PLAQUE', 'NL20', '1-ABC-999', 'Plaque élevée', 'N', '2024-01-01', '2099-12-31'], // 9
];

/** CSV text: `sep`-separated, CRLF, fields quoted when they hold the separator, a quote or a line break. */
function csv(rows: readonly (readonly string[])[], sep: string): string {
  const cell = (value: string): string => (value.includes(sep) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${rows.map((row) => row.map(cell).join(sep)).join('\r\n')}\r\n`;
}

async function write(name: string, bytes: Buffer): Promise<string> {
  const path = join(ws.dir, name);
  await writeFile(path, bytes);
  return path;
}

// The corpus holds only latin-1 letters, whose windows-1252 bytes are Node's latin1 bytes.
const cp1252 = (text: string): Buffer => Buffer.from(text, 'latin1');
const utf16WithBom = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

async function useFiles(users: string, analytics: string, settings: Record<string, string> = {}): Promise<void> {
  await ws.writeConfig({ ...defaultConfig(), agresso: { type: 'files', users, analytics, ...settings } });
}

const invalidOf = (report: RunReport, scope: string): readonly InvalidRecord[] => report.scopes.find((s) => s.scope === scope)?.invalid ?? [];
const noReplacementCharacter = (): void => expect(JSON.stringify(sim.state())).not.toContain('\uFFFD');

describe('bad input through the built CLI (files)', () => {
  it('reads a windows-1252, ";"-separated export: accents right, every bad row named, the others written', { timeout: 180_000 }, async () => {
    const corpus = await corpusUsers();
    const users = await write('users.csv', cp1252(csv([corpus.header, ...corpus.rows], ';')));
    const analytics = await write('analytics.csv', cp1252(csv(ANALYTICS, ';')));
    await useFiles(users, analytics, { encoding: 'windows-1252' });
    const result = await ws.run(['sync', '--json']);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as RunReport;
    const usersInvalid = invalidOf(report, 'users');
    expect(usersInvalid).toEqual(expect.arrayContaining([
      expect.objectContaining({ rowNumber: 43, key: MAIL('dup.case'), field: 'key', fix: expect.stringContaining('one row per key') }),
      expect.objectContaining({ rowNumber: 44, key: MAIL('dup.case'), field: 'key' }),
      expect.objectContaining({ rowNumber: 45, column: 'Devise', value: 'EURO', problem: 'is not an ISO 4217 currency code', fix: expect.stringContaining('three-letter code') }),
      expect.objectContaining({ rowNumber: 46, column: 'langue', value: 'xx', problem: 'is not a culture of the N2F account', fix: expect.stringMatching(/^use one of .*fr/) }),
      expect.objectContaining({ rowNumber: 47, column: 'Fonction', value: `${'x'.repeat(80)}… (${HUGE.length} characters)`, fix: expect.stringContaining('shorten it') }),
    ]));
    expect(usersInvalid.map((r) => r.rowNumber).sort()).toEqual([43, 44, 45, 46, 47]);
    expect(invalidOf(report, 'projects').map((r) => [r.rowNumber, r.field])).toEqual([[2, 'key'], [3, 'key']]);
    expect(report.ignored).toEqual([{ view: 'analytics', value: "typ 'FOO'", rows: 3 }, { view: 'analytics', value: 'typ NULL', rows: 2 }]);
    const state = sim.state();
    const user = (mail: string) => state.users.find((u) => u.mail === mail);
    expect(user(MAIL('elodie.corpus'))).toMatchObject({ firstname: 'Élodie', lastname: 'Lefèvre', jobTitle: FORMULA });
    expect(user(MAIL('francois.corpus'))).toMatchObject({ firstname: 'François', jobTitle: 'Chef\r\nde projet' });
    expect(user('anne.martin@iris-demo.example')).toMatchObject({ jobTitle: 'Directrice générale' });
    for (const mail of ['dup.case', 'bad.currency', 'bad.culture', 'huge.field']) expect(user(MAIL(mail))).toBeUndefined();
    expect(state.users).toHaveLength(2 + 40 + 2);
    expect(state.axeValues.map((v) => v.code).sort()).toEqual(['1-ABC-999', 'P9001']);
    noReplacementCharacter();
  });

  it('refuses the same export without the setting, naming file, line, byte and fix, before any write; names missing columns', { timeout: 180_000 }, async () => {
    const corpus = await corpusUsers();
    const users = await write('users.csv', cp1252(csv([corpus.header, ...corpus.rows], ';')));
    const analytics = await write('analytics.csv', Buffer.from(csv(ANALYTICS.map((row) => row.slice(0, 4)), ',')));
    await useFiles(users, analytics);
    const before = sim.state();
    const result = await ws.run(['sync', '--json']);
    expect(result.code).toBe(4);
    const report = JSON.parse(result.stdout) as RunReport;
    const usersError = report.scopes.find((s) => s.scope === 'users')?.error?.message ?? '';
    expect(usersError).toContain(users);
    expect(usersError).toMatch(/is not valid utf-8 text \(line 2: byte 0xE9 at offset \d+ is not UTF-8\)\. Fix: set agresso\.encoding .*"windows-1252"/);
    expect(report.scopes.find((s) => s.scope === 'projects')?.error?.message).toMatch(/lacks the columns "status", "date_from", "date_to"/);
    expect(sim.state()).toEqual(before);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\uFFFD|\n\s+at /);
  });

  it('reads UTF-16 with its BOM (tab-separated, the BOM over the setting) and latin-1 with the setting', { timeout: 180_000 }, async () => {
    const table = await readDemoUsers();
    const accented = table.rows.map((row, i) => (i === 1 ? row.map((cell, c) => (table.header[c] === 'Prenom' ? 'Lúc' : cell)) : row));
    const users = await write('users-utf16.csv', utf16WithBom(csv([table.header, ...accented], '\t')));
    const analytics = await write('analytics.csv', Buffer.from(csv(ANALYTICS.filter((row) => !['FOO', 'FOO ', ''].includes(row[0] ?? '') && !(row[2] ?? '').includes('P9002')), ','), 'latin1'));
    await useFiles(users, analytics, { encoding: 'latin1' });
    const result = await ws.run(['sync', '--json', '--scope', 'users,projects']);
    expect(result.code, result.stdout).toBe(0);
    const state = sim.state();
    expect(state.users.find((u) => u.mail === 'luc.dubois@iris-demo.example')).toMatchObject({ firstname: 'Lúc' });
    expect(state.axeValues.find((v) => v.code === 'P9001')?.names).toContainEqual({ culture: 'fr', value: 'Rénovation façade' });
    noReplacementCharacter();
  });
});
