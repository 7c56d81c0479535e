import { dirname, resolve } from 'node:path';
import { MIN_PASSPHRASE_LENGTH } from '@n2f/cache';
import { N2F_PRODUCTION_URL, N2F_SANDBOX_URL } from '@n2f/n2f-client';
import * as v from 'valibot';
import { applyEnvOverrides } from './env-overrides.js';
import { readSecrets, type Env, type SecretName, type Secrets } from './env-secrets.js';
import { InvalidConfigError, problemsFromIssues, unknownKeyProblems, type ConfigProblem } from './problems.js';
import { CONFIG_NAMES, readConfigFile } from './read-file.js';
import { configFileSchema } from './schema.js';
import type { ConfigFile, FilesConfig, MssqlConfig } from './types.js';
import { unknownKeys } from './unknown-keys.js';

/** What a command needs from the configuration. */
export interface LoadConfigOptions {
  readonly cwd: string;
  readonly env: Env;
  /** `--config`; otherwise `n2f-sync.config.*` is looked for in `cwd`. */
  readonly configFile?: string | undefined;
  /** True for commands that read Agresso and call N2F (sync, plan, apply, doctor). */
  readonly needsServices: boolean;
}

/** The validated configuration, paths made absolute (relative to the config file), secrets attached. */
export interface AppConfig {
  readonly configPath: string | undefined;
  readonly file: ConfigFile;
  readonly sandbox: boolean;
  readonly baseUrl: string;
  readonly agresso: MssqlConfig | FilesConfig | undefined;
  readonly cacheDir: string;
  readonly cacheTtlMs: number;
  readonly outputsDir: string | undefined;
  readonly secrets: Secrets;
}

const DEFAULT_CACHE_DIR = '.n2f-sync/cache';
const DEFAULT_CACHE_TTL_S = 3600;

/** Loads, overrides from env, validates and resolves; throws {@link InvalidConfigError} listing every problem. */
export async function loadAppConfig(options: LoadConfigOptions): Promise<AppConfig> {
  const found = await readConfigFile(options.cwd, options.configFile);
  const overridden = applyEnvOverrides(found.raw, options.env);
  const parsed = v.safeParse(configFileSchema, overridden.raw);
  const problems: ConfigProblem[] = [...overridden.problems];
  if (!parsed.success) {
    problems.push(...problemsFromIssues(parsed.issues, overridden.origins));
    problems.push(...unknownKeyProblems(unknownKeys(configFileSchema, overridden.raw), problems));
  }
  const agresso = parsed.success ? parsed.output.agresso : undefined;
  if (options.needsServices && parsed.success && agresso === undefined) problems.push(missingAgresso(found.path, options.cwd));
  const required = requiredSecrets(options.needsServices, rawAgressoType(overridden.raw));
  const { secrets, problems: secretProblems } = await readSecrets(options.env, required, ['N2F_CACHE_KEY']);
  problems.push(...secretProblems, ...cacheKeyProblems(secrets));
  if (!parsed.success || problems.length > 0) throw new InvalidConfigError(problems, found.path);
  return resolveAppConfig(parsed.output, found.path ?? options.cwd, found.path, secrets);
}

// Read from the raw object so that missing database secrets are listed even when the file has other problems.
function rawAgressoType(raw: Record<string, unknown>): unknown {
  const agresso = raw['agresso'];
  return typeof agresso === 'object' && agresso !== null ? (agresso as Record<string, unknown>)['type'] : undefined;
}

function requiredSecrets(needsServices: boolean, agressoType: unknown): SecretName[] {
  if (!needsServices) return [];
  const database: SecretName[] = agressoType === 'mssql' ? ['AGRESSO_DB_USER', 'AGRESSO_DB_PASSWORD'] : [];
  return [...database, 'N2F_CLIENT_ID', 'N2F_CLIENT_SECRET'];
}

function cacheKeyProblems(secrets: Secrets): ConfigProblem[] {
  const length = secrets.N2F_CACHE_KEY?.reveal().length;
  if (length === undefined || length >= MIN_PASSPHRASE_LENGTH) return [];
  return [{
    key: 'N2F_CACHE_KEY',
    problem: `is ${length} character${length === 1 ? '' : 's'} long, shorter than the ${MIN_PASSPHRASE_LENGTH} the cache encryption needs`,
    fix: `export N2F_CACHE_KEY (or N2F_CACHE_KEY_FILE) with a passphrase of ${MIN_PASSPHRASE_LENGTH} characters or more`,
  }];
}

function missingAgresso(path: string | undefined, cwd: string): ConfigProblem {
  if (path === undefined) {
    return { key: '(file)', problem: `no configuration file found in ${cwd} (${CONFIG_NAMES})`, fix: 'create one from apps/cli/examples/ or pass --config FILE' };
  }
  return { key: 'agresso', problem: 'is required', fix: 'add an "agresso" section with type "mssql" (server, database) or "files" (users, analytics)' };
}

function resolveAppConfig(file: ConfigFile, anchor: string, configPath: string | undefined, secrets: Secrets): AppConfig {
  const base = configPath === undefined ? anchor : dirname(configPath);
  return {
    configPath,
    file,
    sandbox: file.sandbox,
    baseUrl: file.n2f.baseUrl ?? (file.sandbox ? N2F_SANDBOX_URL : N2F_PRODUCTION_URL),
    agresso: resolveAgresso(file.agresso, base),
    cacheDir: resolve(base, file.cache.dir ?? DEFAULT_CACHE_DIR),
    cacheTtlMs: (file.cache.ttl ?? DEFAULT_CACHE_TTL_S) * 1000,
    outputsDir: file.outputs.dir === undefined ? undefined : resolve(base, file.outputs.dir),
    secrets,
  };
}

function resolveAgresso(agresso: ConfigFile['agresso'], base: string): MssqlConfig | FilesConfig | undefined {
  if (agresso === undefined) return undefined;
  if (agresso.type === 'files') return { ...agresso, users: resolve(base, agresso.users), analytics: resolve(base, agresso.analytics) };
  const { users, analytics } = agresso.queries;
  return {
    ...agresso,
    queries: {
      ...(users === undefined ? {} : { users: resolve(base, users) }),
      ...(analytics === undefined ? {} : { analytics: resolve(base, analytics) }),
    },
  };
}
