import nodePath, { type PlatformPath } from 'node:path';

/** Where a run writes its files; absent ones are not written. */
export interface OutputPaths {
  readonly report?: string;
  readonly audit?: string;
  readonly apiLog?: string;
  readonly metricsDir?: string;
  readonly prometheus?: string;
}

/** The output flags of `sync` and `apply`. */
export interface OutputFlags {
  readonly report?: string | undefined;
  readonly audit?: string | undefined;
  readonly metrics?: string | undefined;
  readonly prometheus?: string | undefined;
  readonly 'api-log'?: string | undefined;
}

/**
 * Flags (relative to `cwd`) win; with `outputs.dir` configured, the report, audit trail, API log
 * and metrics are written there by default, named after the run. Nothing otherwise (legacy Q22).
 * `path` is the platform's path rules (tests pass `win32` to check Windows paths on Linux).
 */
export function resolveOutputPaths(
  flags: OutputFlags,
  outputsDir: string | undefined,
  runId: string,
  cwd: string,
  path: PlatformPath = nodePath,
): OutputPaths {
  const { join, resolve } = path;
  const pick = (flag: string | undefined, fallback: string | undefined): string | undefined =>
    flag !== undefined ? resolve(cwd, flag) : outputsDir === undefined || fallback === undefined ? undefined : join(outputsDir, fallback);
  const entries = {
    report: pick(flags.report, `report-${runId}.json`),
    audit: pick(flags.audit, `audit-${runId}.jsonl`),
    apiLog: pick(flags['api-log'], `api-${runId}.csv`),
    metricsDir: flags.metrics !== undefined ? resolve(cwd, flags.metrics) : outputsDir,
    prometheus: pick(flags.prometheus, undefined),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, path]) => path !== undefined)) as OutputPaths;
}
