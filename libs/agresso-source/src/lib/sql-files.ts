import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SourceError } from '@n2f/resilience';
import type { AgressoView } from './types.js';

/** Which shipped SQL files run: every row, or the documented development selection. */
export type SqlVariant = 'production' | 'development';

/** Path of a SQL file shipped in the package under `sql/`, resolved from this module at runtime. */
export function shippedSqlFile(view: AgressoView, variant: SqlVariant): string {
  return fileURLToPath(new URL(`../../sql/${view}.${variant}.sql`, import.meta.url));
}

/** Reads a SQL file; its leading comment lines document it and are not sent. */
export async function loadSql(view: AgressoView, path: string, signal?: AbortSignal): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, { encoding: 'utf8', ...(signal ? { signal } : {}) });
  } catch (error) {
    throw new SourceError(`Cannot read the ${view} SQL file ${path}: ${(error as Error).message}. Check the sqlFiles.${view} option.`, {
      context: { view, path },
      cause: error,
    });
  }
  const sql = stripLeadingComments(text.replace(/^\uFEFF/, ''));
  if (sql === '') throw new SourceError(`The ${view} SQL file ${path} holds no query.`, { context: { view, path } });
  return sql;
}

function stripLeadingComments(text: string): string {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('--'));
  return first === -1 ? '' : lines.slice(first).join('\n').trim();
}
