#!/usr/bin/env node
import { createConsola } from 'consola';
import { loadConfig } from './config.js';
import { ServiceConfigError } from './config/problems.js';
import type { Env } from './config/secrets.js';
import { startSyncService, type SyncService } from './service.js';
import { onStopSignal } from './stop-signals.js';

const USAGE = `Usage: node apps/sync-service/dist/main.js [--demo]

  --demo   start an in-process N2F simulator and sync the shipped sample files (nothing to set up)

Configuration comes from the environment: see apps/sync-service/README.md.`;

// Logs go to stderr; stdout carries one line, the URL, for whoever started the process.
const logger = createConsola({ stdout: process.stderr, stderr: process.stderr });

async function main(argv: readonly string[], env: Env): Promise<number | undefined> {
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((arg) => arg !== '--demo');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument(s): ${unknown.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  const demoWanted =
    argv.includes('--demo') ||
    ['1', 'true', 'yes', 'on'].includes(env['SYNC_SERVICE_DEMO']?.toLowerCase() ?? '');
  // The simulator is a dev dependency: loaded only in demo mode.
  const demo = demoWanted ? await (await import('./demo.js')).startDemo(env) : undefined;
  let service: SyncService;
  try {
    service = await startSyncService(await loadConfig(demo?.env ?? env), { logger });
  } catch (error) {
    await demo?.close();
    throw error;
  }
  process.stdout.write(`sync-service listening on ${service.url}\n`);
  if (demo) {
    const token = env['SYNC_SERVICE_TOKEN'] ? 'SYNC_SERVICE_TOKEN' : '"demo"';
    logger.info(
      `demo mode: N2F simulator at ${demo.simulator.url}; the token of POST /runs and of the dashboard's button is ${token}`,
    );
  }
  const stop = (signal: string): void => {
    logger.info(`${signal}: stopping (the call in flight finishes, the run's report is kept)`);
    void service
      .close()
      .then(() => demo?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
  };
  onStopSignal(stop);
  return undefined;
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ServiceConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else {
      logger.error(error);
      process.exitCode = 1;
    }
  },
);
