import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from 'c12';
import { InvalidConfigError, type ConfigProblem } from './problems.js';

/** What was found on disk: the raw object and the file it came from (absent when none was found). */
export interface RawConfig {
  readonly raw: Record<string, unknown>;
  readonly path: string | undefined;
}

/** File names looked for when `--config` is not given (c12 searches the current directory). */
export const CONFIG_NAMES = 'n2f-sync.config.json, .yaml, .yml or .ts';

/**
 * Reads `n2f-sync.config.*` from `cwd`, or exactly `configFile` when given. No rc files, no
 * package.json key, no dotenv and no remote `extends`: the file is the only source besides env.
 */
export async function readConfigFile(cwd: string, configFile?: string): Promise<RawConfig> {
  if (configFile !== undefined) await mustExist(resolve(cwd, configFile));
  try {
    const loaded = await loadConfig<Record<string, unknown>>({
      name: 'n2f-sync',
      cwd,
      ...(configFile === undefined ? {} : { configFile: resolve(cwd, configFile) }),
      rcFile: false,
      globalRc: false,
      packageJson: false,
      dotenv: false,
      envName: false,
      extend: false,
      giget: false,
    });
    const raw = isRecord(loaded.config) ? loaded.config : {};
    return { raw, path: loaded._configFile };
  } catch (error) {
    const path = configFile === undefined ? cwd : resolve(cwd, configFile);
    throw new InvalidConfigError([unreadable(path, error)], path);
  }
}

async function mustExist(path: string): Promise<void> {
  try {
    await access(path);
  } catch {
    const problem: ConfigProblem = {
      key: '--config',
      problem: `file not found: ${path}`,
      fix: 'give the path of an existing n2f-sync.config.json|yaml|ts (see apps/cli/examples/)',
    };
    throw new InvalidConfigError([problem], path);
  }
}

function unreadable(path: string, error: unknown): ConfigProblem {
  const message = error instanceof Error ? error.message.split('\n')[0] ?? error.name : String(error);
  return { key: path, problem: `cannot be read: ${message}`, fix: 'correct the file syntax (JSON, YAML or TypeScript exporting the object)' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
