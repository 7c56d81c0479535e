import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDataFiles } from '@n2f/agresso-source';
import { afterEach, beforeEach } from 'vitest';
import { demoState, startSimulator, type Simulator } from '@n2f/n2f-simulator';
import { runCli, type CliResult } from './cli-process.js';

/** A client secret no output may ever contain. */
export const CLIENT_SECRET = 'Sup3r-Secr3t-n2f-Value-7731';
/** A cache passphrase no output may ever contain. */
export const CACHE_KEY = 'cache-Passphrase-Secret-9842';

/** A simulator with the demo account whose API client has a recognisable secret. */
export async function startTestSimulator(): Promise<Simulator> {
  const state = demoState();
  return startSimulator({ quota: false, state: { ...state, clients: [{ clientId: 'cli-test', clientSecret: CLIENT_SECRET }] } });
}

/** A temp directory holding a config file (demo CSVs, quotas off, cache inside). */
export interface Workspace {
  readonly dir: string;
  readonly env: Record<string, string>;
  writeConfig(config: Record<string, unknown>, name?: string): Promise<string>;
  /** Runs the CLI in the workspace with its environment (plus `env`). */
  run(args: readonly string[], env?: Readonly<Record<string, string>>): Promise<CliResult>;
  /** Every file under the directory, concatenated, to look for secrets in. */
  allFiles(): Promise<string>;
  dispose(): Promise<void>;
}

/** Creates a workspace pointing at `sim`, with a default config file written. */
export async function createWorkspace(sim: Simulator): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'n2f-cli-e2e-'));
  const writeConfig = async (config: Record<string, unknown>, name = 'n2f-sync.config.json'): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(config, null, 2));
    return path;
  };
  await writeConfig(defaultConfig());
  const env = { N2F_BASE_URL: sim.url, N2F_CLIENT_ID: 'cli-test', N2F_CLIENT_SECRET: CLIENT_SECRET, N2F_CACHE_KEY: CACHE_KEY };
  return {
    dir,
    env,
    writeConfig,
    run: (args, extra = {}) => runCli(args, { cwd: dir, env: { ...env, ...extra } }),
    allFiles: () => concatFiles(dir),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The config the tests start from: shipped demo CSVs, quotas off, protected service accounts. */
export function defaultConfig(): Record<string, unknown> {
  const files = demoDataFiles();
  return {
    sandbox: true,
    agresso: { type: 'files', users: files.users, analytics: files.analytics },
    n2f: { quotas: 'off' },
    safety: { protected: ['admin@n2f-demo.example', 'api@n2f-demo.example'] },
    cache: { dir: 'cache' },
  };
}

async function concatFiles(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'latin1')));
  return texts.join('\n');
}

/** Registers hooks giving each test a fresh simulator and workspace, torn down after it. */
export function useSimulatorWorkspace(receive: (sim: Simulator, ws: Workspace) => void): void {
  let sim: Simulator | undefined;
  let ws: Workspace | undefined;
  beforeEach(async () => {
    sim = await startTestSimulator();
    ws = await createWorkspace(sim);
    receive(sim, ws);
  });
  afterEach(async () => {
    await ws?.dispose();
    await sim?.close();
  });
}
