import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoDataFiles } from '@n2f/agresso-source';

/** The shipped users export as a header and rows (it has no quoted fields). */
export interface UsersTable {
  readonly header: string[];
  readonly rows: string[][];
}

/** Reads the shipped users CSV. */
export async function readDemoUsers(): Promise<UsersTable> {
  const [header = '', ...rows] = (await readFile(demoDataFiles().users, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
  return { header: header.split(','), rows: rows.map((row) => row.split(',')) };
}

/** Writes an edited copy of the users export into `dir` and returns its path. */
export async function writeUsers(dir: string, table: UsersTable, name = 'users.csv'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, [table.header, ...table.rows].map((row) => row.join(',')).join('\n') + '\n');
  return path;
}

/** Sets `column` of the row whose e-mail is `mail`. */
export function setCell(table: UsersTable, mail: string, column: string, value: string): UsersTable {
  const index = table.header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return { header: table.header, rows: table.rows.map((row) => (row[0] === mail ? row.map((cell, i) => (i === index ? value : cell)) : row)) };
}
