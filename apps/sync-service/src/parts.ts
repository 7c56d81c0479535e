import { createFileSource, createMssqlSource, type Source } from '@n2f/agresso-source';
import { createCache, type Cache } from '@n2f/cache';
import { createN2fClient, type N2fClient } from '@n2f/n2f-client';
import { DEFAULT_QUOTAS, type QuotaLimiterOptions } from '@n2f/resilience';
import type { AgressoConfig, ServiceConfig } from './config.js';
import { ServiceConfigError } from './config/problems.js';
import type { QuotaFigures } from './runs/service-events.js';

/** The Agresso source the configuration names. */
export function sourceFromConfig(agresso: AgressoConfig): Source {
  if (agresso.type === 'files')
    return createFileSource({ users: agresso.users, analytics: agresso.analytics });
  return createMssqlSource({
    server: agresso.server,
    port: agresso.port,
    database: agresso.database,
    user: agresso.user.reveal(),
    password: agresso.password.reveal(),
    encrypt: agresso.encrypt,
    trustServerCertificate: agresso.trustServerCertificate,
    appName: 'n2f-sync-service',
  });
}

/** `N2F_QUOTAS` as limiter options (`off`: never wait); the plan's estimate reads the client's. */
export function quotasFromConfig(
  quotas: ServiceConfig['n2f']['quotas'],
): QuotaLimiterOptions | false {
  if (quotas === 'off') return false;
  if (quotas === 'clock') return {};
  // One budget at all hours: the day one to stay polite, or the night one where N2F grants it.
  const budget = DEFAULT_QUOTAS[quotas];
  return { day: budget, night: budget };
}

/** The N2F client: base URL, credentials, quotas. */
export function clientFromConfig(n2f: ServiceConfig['n2f']): N2fClient {
  return createN2fClient({
    baseUrl: n2f.baseUrl,
    credentials: { clientId: n2f.clientId.reveal(), clientSecret: n2f.clientSecret.reveal() },
    quota: quotasFromConfig(n2f.quotas),
  });
}

/** The quota use of the client now, in the shape of the report's `quota`; `enforced` is false with `N2F_QUOTAS=off`. */
export function quotaFigures(client: N2fClient, enforced: boolean): QuotaFigures {
  const { quota } = client.usage();
  return {
    window: quota.window,
    enforced,
    reads: { used: quota.read.used, limit: quota.read.limit },
    writes: { used: quota.write.used, limit: quota.write.limit },
  };
}

/** The three persistent stores, one namespace each in the data directory (encrypted when a key is set). */
export interface ServiceCaches {
  readonly references: Cache;
  readonly runState: Cache;
  readonly history: Cache;
  dispose(): Promise<void>;
}

/** Opens the stores in `config.dataDir`. */
export function openCaches(
  config: ServiceConfig,
  onWarning: (message: string) => void,
): ServiceCaches {
  const key = config.cacheKey?.reveal();
  const open = (namespace: string): Cache =>
    createCache({
      driver: { type: 'fs', dir: config.dataDir },
      namespace,
      onWarning: (w) => onWarning(`cache ${w.namespace}: ${w.message}`),
      ...(key === undefined ? {} : { encryptionKey: key }),
    });
  const caches = {
    references: open('references'),
    runState: open('run-state'),
    history: open('run-history'),
  };
  return {
    ...caches,
    dispose: async () => {
      await Promise.all(Object.values(caches).map((cache) => cache.dispose()));
    },
  };
}

/** Fails fast (exit code 2) when `SYNC_SERVICE_SCOPES` names a scope the registry does not have. */
export function checkScheduledScopes(config: ServiceConfig, known: readonly string[]): void {
  const unknown = (config.scopes ?? []).filter((scope) => !known.includes(scope));
  if (unknown.length > 0) {
    throw new ServiceConfigError([
      {
        key: 'SYNC_SERVICE_SCOPES',
        problem: `names unknown scope(s) ${unknown.join(', ')}`,
        fix: `choose among ${known.join(', ')}`,
      },
    ]);
  }
}

/** The configuration in one line, for `/readyz` (no secret). */
export function describeConfig(config: ServiceConfig): string {
  const agresso =
    config.agresso.type === 'files' ? 'export files' : `SQL Server ${config.agresso.server}`;
  const schedule =
    config.cron === null ? 'no schedule' : `schedule "${config.cron}" (Europe/Paris)`;
  return `valid: N2F ${config.n2f.baseUrl}, Agresso ${agresso}, ${schedule}, quotas ${config.n2f.quotas}`;
}
