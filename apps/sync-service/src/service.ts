import { createServer } from 'node:http';
import type { Source } from '@n2f/agresso-source';
import { createMetrics, type Metrics } from '@n2f/metrics';
import type { N2fClient } from '@n2f/n2f-client';
import { redactText } from '@n2f/resilience';
import type { ScopeRegistry, SyncRunOptions } from '@n2f/sync-core';
import type { ServiceConfig } from './config.js';
import { ServiceConfigError } from './config/problems.js';
import { unsafeListenProblem } from './config/token-rules.js';
import { createAccessCheck } from './http/auth.js';
import { dashboardRoutes } from './http/dashboard-routes.js';
import { healthRoutes } from './http/health-routes.js';
import { createReadiness } from './http/readiness.js';
import { plansRoutes } from './http/plans-routes.js';
import { createRouter } from './http/router.js';
import { runsRoutes } from './http/runs-routes.js';
import { listen, stopServer } from './http/server.js';
import { createEventStreams } from './http/sse.js';
import {
  checkScheduledScopes,
  clientFromConfig,
  describeConfig,
  openCaches,
  quotaFigures,
  sourceFromConfig,
  type ServiceCaches,
} from './parts.js';
import { serviceRegistry } from './plugins/departments-scope.js';
import { createPlanStore, type PlanStore } from './plans/plan-store.js';
import { createHistoryStore } from './runs/history-store.js';
import { auditDirOf, createRunFactory } from './runs/run-factory.js';
import { createRunManager, type RunManager } from './runs/run-manager.js';
import type { RunRequest } from './runs/run-record.js';
import type { QuotaFigures } from './runs/service-events.js';
import { createScheduler, type Scheduler } from './scheduler.js';

/** Where the service reports what happens (consola in `main.ts`, a silent one in tests). */
export interface ServiceLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options of {@link startSyncService}; all optional. */
export interface SyncServiceOptions {
  /** @default a logger that drops everything */
  readonly logger?: ServiceLogger;
  /** Quota sampling interval during a run, ms. @default 1000 */
  readonly sampleIntervalMs?: number;
  /** Clock of plan expiry. @default () => new Date() */
  readonly now?: () => Date;
}

/** A listening service. */
export interface SyncService {
  /** Base URL, e.g. `http://127.0.0.1:8787/`. */
  readonly url: string;
  readonly runs: RunManager;
  /** Stops scheduling, aborts the run in flight (its report is still written), closes the server. */
  close(): Promise<void>;
}

const silent: ServiceLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** The libraries composed from the configuration; nothing is contacted yet. */
interface Parts {
  readonly source: Source;
  readonly client: N2fClient;
  readonly caches: ServiceCaches;
  readonly metrics: Metrics;
  readonly registry: ScopeRegistry;
}

/**
 * Composes the libraries from the configuration and starts listening. Without a token it listens
 * on a loopback address only (else a `ServiceConfigError` naming `SYNC_SERVICE_TOKEN`).
 * @example const service = await startSyncService(await loadConfig(process.env), { logger: consola });
 */
export async function startSyncService(
  config: ServiceConfig,
  options: SyncServiceOptions = {},
): Promise<SyncService> {
  const logger = options.logger ?? silent;
  const unsafe = unsafeListenProblem(config.host, config.token);
  if (unsafe) throw new ServiceConfigError([unsafe]);
  if (config.token === undefined)
    logger.warn(
      'SYNC_SERVICE_TOKEN is not set: every route is open to this machine (loopback only)',
    );
  const registry = serviceRegistry(); // defaultRegistry().register(departmentsScope())
  checkScheduledScopes(config, registry.names());
  const caches = openCaches(config, (message) => logger.warn(message));
  const parts: Parts = {
    source: sourceFromConfig(config.agresso), // createFileSource or createMssqlSource
    client: clientFromConfig(config.n2f), // createN2fClient with the quota option
    caches, // createCache({ driver: { type: 'fs', dir: config.dataDir }, namespace })
    metrics: createMetrics(),
    registry,
  };
  const release = async (): Promise<void> => {
    parts.metrics.dispose();
    await Promise.allSettled([parts.source.close(), caches.dispose()]);
  };
  try {
    return await serve(config, parts, logger, options, release);
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * The embedding itself: the sync-core options of a request, over the service's parts. The
 * service's registry carries the `departments` plugin scope; the caches persist the reference data
 * and the last successful run of each scope (the shrunken-source guard).
 */
function runOptionsOf(
  config: ServiceConfig,
  parts: Parts,
): (request: RunRequest) => SyncRunOptions {
  return (request) => ({
    source: parts.source,
    client: parts.client,
    registry: parts.registry,
    ...(request.scopes === undefined ? {} : { scopes: request.scopes }),
    actions: request.actions,
    ...(request.only === undefined ? {} : { only: request.only }),
    sandbox: config.n2f.sandbox,
    safety: { protected: config.protected },
    referenceCache: parts.caches.references,
    stateStore: parts.caches.runState,
  });
}

async function startRuns(
  config: ServiceConfig,
  parts: Parts,
  logger: ServiceLogger,
  options: SyncServiceOptions & {
    readonly quotaUsage: () => QuotaFigures;
    readonly plans: PlanStore;
  },
): Promise<RunManager> {
  const history = createHistoryStore(parts.caches.history, { onWarning: (m) => logger.warn(m) });
  const interrupted = await history.recoverInterrupted();
  if (interrupted > 0)
    logger.warn(`${interrupted} run(s) were left unfinished by a previous process`);
  const runs = createRunManager({
    history,
    createRun: createRunFactory({
      runOptions: runOptionsOf(config, parts),
      plans: options.plans,
      auditDir: auditDirOf(config.dataDir),
    }),
    quotaUsage: options.quotaUsage,
    ...(options.sampleIntervalMs === undefined
      ? {}
      : { sampleIntervalMs: options.sampleIntervalMs }),
    onError: (error, runId) =>
      logger.error(
        `run ${runId}: ${error instanceof Error ? redactText(error.message) : String(error)}`,
      ),
  });
  runs.onEvent((event) => {
    if (event.type === 'run-started')
      logger.info(`run ${event.runId} started (${event.trigger}): ${event.scopes.join(', ')}`);
    if (event.type === 'run-finished')
      logger.info(`run ${event.runId} finished: ${event.outcome} (${event.result})`);
  });
  return runs;
}

function scheduleRuns(config: ServiceConfig, runs: RunManager, logger: ServiceLogger): Scheduler {
  const request: RunRequest = {
    ...(config.scopes ? { scopes: config.scopes } : {}),
    actions: config.actions,
    dryRun: false,
  };
  return createScheduler(config.cron, () => {
    const result = runs.trigger(request, 'schedule');
    if (!result.started && result.reason === 'busy')
      logger.warn(`scheduled run skipped: run ${result.runningId} is in progress`);
  });
}

async function serve(
  config: ServiceConfig,
  parts: Parts,
  logger: ServiceLogger,
  options: SyncServiceOptions,
  release: () => Promise<void>,
): Promise<SyncService> {
  const quotaUsage = (): QuotaFigures => quotaFigures(parts.client, config.n2f.quotas !== 'off');
  const plans = createPlanStore({
    ttlMs: config.planTtlMs,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const runs = await startRuns(config, parts, logger, { ...options, quotaUsage, plans });
  const streams = createEventStreams();
  const readiness = createReadiness({
    client: parts.client,
    source: parts.source,
    configuration: describeConfig(config),
    running: () => runs.running(),
  });
  const scheduler = scheduleRuns(config, runs, logger);
  const routes = [
    ...dashboardRoutes(),
    ...runsRoutes({
      runs,
      streams,
      quotaUsage,
      auditDir: auditDirOf(config.dataDir),
      nextRunAt: () => scheduler.nextRunAt(),
      scopes: parts.registry.names(),
    }),
    ...plansRoutes({ runs, plans, ...(options.now === undefined ? {} : { now: options.now }) }),
    ...healthRoutes({ runs, readiness, metrics: parts.metrics, quotaUsage, startedAt: new Date() }),
  ];
  const server = createServer(
    createRouter(routes, {
      access: createAccessCheck(config.token?.reveal()),
      onError: (error, route) => logger.error(`${route.method} ${route.path}: ${String(error)}`),
    }),
  );
  const port = await listen(server, config.port, config.host).catch((error: unknown) => {
    scheduler.stop();
    throw error;
  });
  scheduler.start();
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    runs,
    async close() {
      scheduler.stop();
      await runs.close();
      streams.closeAll();
      await stopServer(server);
      await release();
    },
  };
}
