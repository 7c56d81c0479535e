import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoDataFiles } from '@n2f/agresso-source';
import { demoState, startSimulator, type Simulator, type SimulatorState } from '@n2f/n2f-simulator';
import type { Env } from './config/secrets.js';
import { DEPARTMENT_AXE_NAME } from './plugins/departments-scope.js';

/** The bearer token of demo mode when `SYNC_SERVICE_TOKEN` is not set (the simulator is the only target). */
export const DEMO_TOKEN = 'demo';

/** The custom axe "Département" the demo account gets in each company, by company uuid. */
export const DEMO_DEPARTMENT_AXES: Readonly<Record<string, string>> = {
  'MTAwMQ==': 'YXhlLWJlLWRlcGFydGVtZW50', // BE10
  'MTAwMg==': 'YXhlLW5sLWRlcGFydGVtZW50', // NL20
};

/** The simulator's demo account plus a custom axe "Département" in each company. */
export function demoStateWithDepartments(): SimulatorState {
  const state = demoState();
  const names = [
    { culture: 'fr', value: DEPARTMENT_AXE_NAME },
    { culture: 'nl', value: 'Afdeling' },
    { culture: 'en', value: 'Department' },
  ];
  const axes = Object.entries(DEMO_DEPARTMENT_AXES).map(([company, uuid]) => ({
    company,
    uuid,
    names,
  }));
  return { ...state, customAxes: [...state.customAxes, ...axes] };
}

/** The service's own analytics rows: `typ = DEPARTMENT` values for BE10 and NL20. */
export function departmentsDataFile(): string {
  return fileURLToPath(new URL('../data/departments.csv', import.meta.url));
}

/** Writes the shipped demo analytics followed by the department rows into `dir`; returns the path. */
export async function writeDemoAnalytics(dir: string): Promise<string> {
  const shipped = (await readFile(demoDataFiles().analytics, 'utf8')).replace(/\s+$/, '');
  const [, ...rows] = (await readFile(departmentsDataFile(), 'utf8')).split(/\r?\n/);
  const path = join(dir, 'demo-analytics.csv');
  await mkdir(dir, { recursive: true });
  await writeFile(path, `${shipped}\r\n${rows.filter((row) => row !== '').join('\r\n')}\r\n`);
  return path;
}

/** A running demo: the simulator and the variables that point the service at it. */
export interface Demo {
  readonly simulator: Simulator;
  /** `env` with the demo's N2F, Agresso and token settings applied over it. */
  readonly env: Env;
  close(): Promise<void>;
}

/**
 * Starts the in-process N2F simulator (demo account + Département axes, a little latency so that
 * progress is visible) and returns the environment of a service synced from the shipped files.
 * @example const demo = await startDemo(process.env); const config = await loadConfig(demo.env);
 */
export async function startDemo(
  env: Env,
  options: { readonly latencyMs?: number } = {},
): Promise<Demo> {
  const dataDir =
    env['SYNC_SERVICE_DATA_DIR'] || (await mkdtemp(join(tmpdir(), 'n2f-sync-service-demo-')));
  const analytics = await writeDemoAnalytics(dataDir);
  const simulator = await startSimulator({
    state: demoStateWithDepartments(),
    quota: false,
    faults: { latencyMs: options.latencyMs ?? 40 },
  });
  const demoEnv: Env = {
    ...env,
    SYNC_SERVICE_DEMO: '1',
    SYNC_SERVICE_DATA_DIR: dataDir,
    SYNC_SERVICE_TOKEN: env['SYNC_SERVICE_TOKEN'] || DEMO_TOKEN,
    SYNC_SERVICE_PROTECTED: 'admin@n2f-demo.example,api@n2f-demo.example',
    N2F_BASE_URL: simulator.url,
    N2F_SANDBOX: '1',
    N2F_CLIENT_ID: 'demo',
    N2F_CLIENT_SECRET: 'demo-secret',
    N2F_QUOTAS: env['N2F_QUOTAS'] || 'off',
    AGRESSO_USERS_FILE: demoDataFiles().users,
    AGRESSO_ANALYTICS_FILE: analytics,
  };
  // The demo's files and simulator replace any real source or credentials given in the environment.
  for (const name of ['N2F_CLIENT_ID_FILE', 'N2F_CLIENT_SECRET_FILE', 'AGRESSO_DB_SERVER'])
    delete (demoEnv as Record<string, unknown>)[name];
  return { simulator, env: demoEnv, close: () => simulator.close() };
}
