import { readFile } from 'node:fs/promises';
import { MIN_PASSPHRASE_LENGTH } from '@n2f/cache';
import type { ConfigProblem } from './problems.js';
import { Secret } from './secret.js';

/** The process environment, as a plain read-only map (tests pass their own). */
export type Env = Readonly<Record<string, string | undefined>>;

/** Secrets are read only from these variables, or from the file named by `<NAME>_FILE`. */
export type SecretName = 'AGRESSO_DB_USER' | 'AGRESSO_DB_PASSWORD' | 'N2F_CLIENT_ID' | 'N2F_CLIENT_SECRET' | 'N2F_CACHE_KEY';

/** The secrets found, by name. */
export type Secrets = Partial<Record<SecretName, Secret>>;

const PURPOSE: Readonly<Record<SecretName, string>> = {
  AGRESSO_DB_USER: 'the SQL Server login of Agresso',
  AGRESSO_DB_PASSWORD: 'the password of that login',
  N2F_CLIENT_ID: 'the N2F API client id',
  N2F_CLIENT_SECRET: 'the N2F API client secret',
  N2F_CACHE_KEY: `the cache encryption passphrase (${MIN_PASSPHRASE_LENGTH}+ characters)`,
};

/** Reads `required` and `optional` secrets; every missing or unreadable one becomes a problem. */
export async function readSecrets(
  env: Env,
  required: readonly SecretName[],
  optional: readonly SecretName[] = [],
): Promise<{ secrets: Secrets; problems: ConfigProblem[] }> {
  const secrets: Secrets = {};
  const problems: ConfigProblem[] = [];
  for (const name of [...required, ...optional]) {
    const result = await readSecret(env, name);
    if ('problem' in result) problems.push(result.problem);
    else if (result.secret !== undefined) secrets[name] = result.secret;
    else if (required.includes(name)) problems.push(missing(name));
  }
  return { secrets, problems };
}

async function readSecret(env: Env, name: SecretName): Promise<{ secret: Secret | undefined } | { problem: ConfigProblem }> {
  const direct = nonEmpty(env[name]);
  const file = nonEmpty(env[`${name}_FILE`]);
  if (direct !== undefined && file !== undefined) {
    return { problem: { key: name, problem: `is set both directly and through ${name}_FILE`, fix: `unset one of ${name} and ${name}_FILE` } };
  }
  if (file === undefined) return { secret: direct === undefined ? undefined : new Secret(direct) };
  try {
    // Secret files usually end with a newline that is not part of the secret.
    const value = (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
    if (value === '') return { problem: { key: `${name}_FILE`, problem: `names an empty file (${file})`, fix: `write ${PURPOSE[name]} into ${file}` } };
    return { secret: new Secret(value) };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    return { problem: { key: `${name}_FILE`, problem: `names a file that cannot be read (${file}: ${code})`, fix: `point ${name}_FILE to a readable file holding ${PURPOSE[name]}` } };
  }
}

function missing(name: SecretName): ConfigProblem {
  return {
    key: name,
    problem: 'is not set',
    fix: `export ${name} with ${PURPOSE[name]}, or ${name}_FILE with the path of a file holding it`,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
