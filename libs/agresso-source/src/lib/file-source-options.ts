import { extname } from 'node:path';
import { ConfigurationError } from '@n2f/resilience';
import { FILE_DELIMITERS, type FileDelimiter } from './csv-delimiter.js';
import { FILE_ENCODINGS, type FileEncoding } from './file-encoding.js';
import type { AgressoView } from './types.js';
import { resolveExtraColumns } from './extra-columns.js';
import type { ExtraColumns } from './view-shape.js';

/** The format of an exported view file. */
export type FileFormat = 'csv' | 'json';

/** Options of `createFileSource`: the two exported views. */
export interface FileSourceOptions {
  /** Path of the users export (view `iris_N2F_User`), CSV with a header row or a JSON array. */
  users: string;
  /** Path of the analytics export (view `iris_N2F_Analytics`). */
  analytics: string;
  /**
   * Format of both files.
   * @default taken from each file's extension (`.csv` or `.json`)
   */
  format?: FileFormat;
  /**
   * Encoding of files without a byte order mark (a BOM decides by itself). Bytes that are not
   * text in it fail the read, naming the line and the byte.
   * @default 'utf-8'
   */
  encoding?: FileEncoding;
  /**
   * Field separator of CSV files; `auto` takes the one the header line uses (`,`, `;` or tab).
   * @default 'auto'
   */
  delimiter?: FileDelimiter;
  /**
   * Columns beyond the standard views to require and keep as given, e.g. `{ users: ['Fonction2'] }`.
   * @default {}
   */
  extraColumns?: ExtraColumns;
}

/** The file source options with defaults applied: each view's path and format, how to read the text, the extra columns. */
export interface ResolvedFileSourceOptions {
  readonly files: Readonly<Record<AgressoView, { readonly path: string; readonly format: FileFormat }>>;
  readonly encoding: FileEncoding;
  readonly delimiter: FileDelimiter;
  readonly extraColumns: Readonly<Record<AgressoView, readonly string[]>>;
}

/** Applies defaults and fails fast with a `ConfigurationError` naming the bad option. */
export function resolveFileSourceOptions(options: FileSourceOptions): ResolvedFileSourceOptions {
  const format = options.format;
  if (format !== undefined && format !== 'csv' && format !== 'json') {
    throw new ConfigurationError('format', `"${String(format)}" is not a file format`, 'use "csv" or "json"');
  }
  return {
    files: { users: resolveFile('users', options.users, format), analytics: resolveFile('analytics', options.analytics, format) },
    encoding: oneOf('encoding', options.encoding ?? 'utf-8', FILE_ENCODINGS),
    delimiter: oneOf('delimiter', options.delimiter ?? 'auto', FILE_DELIMITERS),
    extraColumns: resolveExtraColumns(options.extraColumns),
  };
}

function oneOf<T extends string>(key: string, value: T, allowed: readonly T[]): T {
  if (allowed.includes(value)) return value;
  throw new ConfigurationError(key, `${JSON.stringify(value)} is not supported`, `use one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
}

function resolveFile(key: AgressoView, path: unknown, format: FileFormat | undefined): { path: string; format: FileFormat } {
  if (typeof path !== 'string' || path.trim() === '') {
    throw new ConfigurationError(key, 'is missing', `give the path of the ${key} export (CSV or JSON)`);
  }
  if (format !== undefined) return { path, format };
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.json') return { path, format: extension === '.csv' ? 'csv' : 'json' };
  throw new ConfigurationError(key, `"${path}" has neither a .csv nor a .json extension`, 'rename it or set format');
}
