import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import type { ConfigProblem } from './problems.js';

/** The process environment as a plain map (tests pass their own). */
export type Env = Readonly<Record<string, string | undefined>>;

/** A value that prints as `[REDACTED]` everywhere (logs, JSON, inspect); only `reveal()` gives it. */
export interface Secret {
  reveal(): string;
  toString(): string;
  toJSON(): string;
}

const SHOWN = '[REDACTED]';

/** Wraps a secret value so that no log line or report can carry it by accident. */
export function secret(value: string): Secret {
  const wrapped: Secret = { reveal: () => value, toString: () => SHOWN, toJSON: () => SHOWN };
  Object.defineProperty(wrapped, inspect.custom, { value: (): string => SHOWN });
  return wrapped;
}

/** Reads `NAME` or the file named by `NAME_FILE` (one trailing newline dropped); `undefined` when neither is set. */
export async function readSecret(
  env: Env,
  name: string,
  problems: ConfigProblem[],
): Promise<Secret | undefined> {
  const direct = env[name];
  const file = env[`${name}_FILE`];
  if (direct !== undefined && file !== undefined) {
    problems.push({
      key: name,
      problem: `is set both directly and through ${name}_FILE`,
      fix: `unset one of them`,
    });
    return undefined;
  }
  if (file === undefined) return direct === undefined ? undefined : secret(direct);
  try {
    const value = (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
    if (value !== '') return secret(value);
    problems.push({
      key: `${name}_FILE`,
      problem: `names an empty file (${file})`,
      fix: `write the value of ${name} into it`,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    problems.push({
      key: `${name}_FILE`,
      problem: `names a file that cannot be read (${file}: ${typeof code === 'string' ? code : 'unreadable'})`,
      fix: `point ${name}_FILE to a readable file`,
    });
  }
  return undefined;
}
