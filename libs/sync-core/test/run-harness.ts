import {
  createFileSource,
  demoDataFiles,
  USER_COLUMNS,
  type AgressoAnalyticsRow,
  type AgressoUserRow,
  type Source,
} from '@n2f/agresso-source';
import { createN2fClient, type N2fClient } from '@n2f/n2f-client';
import { startSimulator, type Simulator, type SimulatorOptions } from '@n2f/n2f-simulator';
import { apiPolicy } from '@n2f/resilience';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A simulator, a client on it and a source: what an end-to-end run test needs. */
export interface RunHarness {
  readonly sim: Simulator;
  readonly client: () => N2fClient;
  readonly source: () => Source;
  readonly dir: string;
  writes(): { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

/** Options: simulator options, and source rows (default: the shipped demo files). */
export interface HarnessOptions {
  readonly simulator?: SimulatorOptions;
  readonly users?: readonly Partial<AgressoUserRow>[];
  readonly analytics?: readonly Partial<AgressoAnalyticsRow>[];
}

/** Starts a harness; call `close()` after the test. */
export async function startHarness(options: HarnessOptions = {}): Promise<RunHarness> {
  const sim = await startSimulator({ quota: false, ...options.simulator });
  const dir = await mkdtemp(join(tmpdir(), 'n2f-run-'));
  const files =
    options.users || options.analytics ? await writeRows(dir, options) : demoDataFiles();
  return {
    sim,
    dir,
    client: () =>
      createN2fClient({
        baseUrl: sim.url,
        credentials: { clientId: 'demo', clientSecret: 'demo-secret' },
        quota: false,
        policy: apiPolicy({ initialDelayMs: 1, maxDelayMs: 5, maxAttempts: 6, timeoutMs: 5_000 }),
      }),
    source: () => createFileSource(files),
    writes: () => sim.requests().filter((r) => r.method !== 'GET' && r.path !== '/auth'),
    async close() {
      await sim.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function writeRows(
  dir: string,
  options: HarnessOptions,
): Promise<{ users: string; analytics: string }> {
  const users = join(dir, 'users.json');
  const analytics = join(dir, 'analytics.json');
  await writeFile(users, JSON.stringify((options.users ?? []).map(userRow)));
  await writeFile(analytics, JSON.stringify(options.analytics ?? []));
  return { users, analytics };
}

/** A complete, valid Agresso user row for the demo account, with overrides. */
export function userRow(overrides: Partial<AgressoUserRow>): AgressoUserRow {
  const row = Object.fromEntries(
    Object.keys(USER_COLUMNS).map((column) => [column, null]),
  ) as unknown as AgressoUserRow;
  return {
    ...row,
    Prenom: 'Test',
    Nom: 'User',
    Entreprise: 'BE10',
    Role: 'Utilisateur',
    Profil: 'Standard',
    Devise: 'EUR',
    langue: 'fr',
    Methode_SSO: 'Saml',
    Creation_Vehicule: 'N',
    ...overrides,
  };
}
