import { mkdir, writeFile } from 'node:fs/promises';
import { createMetrics, type Metrics } from '@n2f/metrics';
import { dirname } from 'node:path';
import { attachApiLog, attachAuditTrail, attachJsonReport, type RunReport, type RunSink, type SyncRun } from '@n2f/sync-core';
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

/**
 * Runs `pass` (the run's plan, apply or start) with progress, the report sinks and metrics
 * attached, then prints the report.
 */
export async function executeRun(run: SyncRun, pass: () => Promise<RunReport>, options: ExecuteOptions): Promise<RunReport> {
  const { outputs, logger } = options;
  const sinks: { what: string; path: string; sink: RunSink }[] = [];
  const attach = (what: string, path: string | undefined, sink: (path: string) => RunSink): void => {
    if (path !== undefined) sinks.push({ what, path, sink: sink(path) });
  };
  attach('report', outputs.report, (path) => attachJsonReport(run, path));
  attach('API log', outputs.apiLog, (path) => attachApiLog(run, path));
  attach('audit trail', outputs.audit, (path) => attachAuditTrail(run, path));
  const metrics = outputs.metricsDir === undefined && outputs.prometheus === undefined ? undefined : createMetrics();
  const attached = [attachProgress(run, options.progress), ...sinks.map(({ sink }) => sink), ...(metrics === undefined ? [] : [metrics])];
  let report: RunReport;
  try {
    report = await pass();
  } finally {
    attached.forEach((subscription) => subscription.dispose());
  }
  for (const { what, path, sink } of sinks) {
    await sink.written();
    logger.info(`${what} written to ${path}`);
  }
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
