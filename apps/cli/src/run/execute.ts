import { mkdir, writeFile } from 'node:fs/promises';
import { createMetrics, type Metrics } from '@n2f/metrics';
import { dirname } from 'node:path';
import { createApiLog, createAuditTrail, writeJsonReport, type RunReport, type SyncRun } from '@n2f/sync-core';
import type { ConsolaInstance } from 'consola';
import { attachProgress } from '../output/attach-progress.js';
import type { OutputPaths } from '../output/output-paths.js';
import type { Progress } from '../output/progress.js';
import { formatSummary } from '../output/summary.js';

/** How a run shows itself and what it leaves behind. */
export interface ExecuteOptions {
  readonly logger: ConsolaInstance;
  readonly progress: Progress;
  readonly outputs: OutputPaths;
  /** The report as JSON on stdout instead of the summary. */
  readonly json: boolean;
}

/** Starts the run with progress and outputs attached, writes the files, prints the report. */
export async function executeRun(run: SyncRun, options: ExecuteOptions): Promise<RunReport> {
  const { outputs, logger } = options;
  const attached = [attachProgress(run, options.progress)];
  if (outputs.audit !== undefined) {
    await ensureDir(outputs.audit);
    attached.push(createAuditTrail(run, outputs.audit));
  }
  const apiLog = outputs.apiLog === undefined ? undefined : createApiLog();
  if (apiLog !== undefined) attached.push(apiLog.attach());
  const metrics = outputs.metricsDir === undefined && outputs.prometheus === undefined ? undefined : createMetrics();
  if (metrics !== undefined) attached.push(metrics);
  let report: RunReport;
  try {
    report = await run.start();
  } finally {
    attached.forEach((subscription) => subscription.dispose());
  }
  if (outputs.report !== undefined) await write('report', outputs.report, (path) => writeJsonReport(report, path), logger);
  if (apiLog !== undefined && outputs.apiLog !== undefined) await write('API log', outputs.apiLog, (path) => apiLog.writeCsv(path), logger);
  if (outputs.audit !== undefined) logger.info(`audit trail written to ${outputs.audit}`);
  if (metrics !== undefined) await writeMetrics(metrics, outputs, logger);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSummary(report)}\n`);
  return report;
}

async function writeMetrics(metrics: Metrics, outputs: OutputPaths, logger: ConsolaInstance): Promise<void> {
  if (outputs.metricsDir !== undefined) logger.info(`metrics written to ${await metrics.writeJsonSnapshot(outputs.metricsDir)}`);
  const prometheus = outputs.prometheus;
  if (prometheus !== undefined) await write('Prometheus metrics', prometheus, (path) => writeFile(path, metrics.toPrometheus()), logger);
}

async function write(what: string, path: string, writer: (path: string) => Promise<void>, logger: ConsolaInstance): Promise<void> {
  await ensureDir(path);
  await writer(path);
  logger.info(`${what} written to ${path}`);
}

async function ensureDir(file: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
}
