import { AbortedError, SourceError, isSyncError } from '@n2f/resilience';
import { CsvSyntaxError } from './csv-parser.js';
import type { AgressoView } from './types.js';

const HINTS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist; check the path given for this view',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied; the process must be allowed to read it',
  EPERM: 'permission denied; the process must be allowed to read it',
};

/** Turns any failure while reading a file into the error family: aborts, syntax, file system. */
export function fileError(error: unknown, view: AgressoView, path: string): Error {
  if (isSyncError(error)) return error;
  if (error instanceof Error && error.name === 'AbortError') return new AbortedError(`Reading ${path} was aborted.`);
  const context = { view, path };
  if (error instanceof CsvSyntaxError) {
    return new SourceError(`The ${view} file ${path} is not valid CSV: ${error.message}.`, { context, cause: error });
  }
  const code = (error as { code?: unknown } | null)?.code;
  const hint = typeof code === 'string' ? HINTS[code] : undefined;
  const detail = hint ?? (error instanceof Error ? error.message : String(error));
  return new SourceError(`Cannot read the ${view} file ${path}: ${detail}.`, { context, cause: error });
}
