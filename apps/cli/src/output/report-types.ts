/**
 * The parts of sync-core's `RunReport` (sync-run-api.md) that the app prints. Structural, so the
 * printers take the orchestrator's report as it is and tests can build one by hand.
 */
export interface ReportCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  readonly invalid: number;
  readonly failed: number;
  readonly skipped: number;
}

/** A deletion guard that held a scope's deletes back, with the flag that would let them through. */
export interface ReportGuard {
  readonly reason: string;
  readonly message: string;
  readonly override: string;
}

/** One scope's outcome. */
export interface ReportScope {
  readonly scope: string;
  readonly status: string;
  readonly counts: ReportCounts;
  readonly durationMs: number;
  readonly warnings: readonly { readonly code: string; readonly message: string; readonly key?: string | undefined }[];
  readonly invalid: readonly { readonly key: string | null; readonly field: string; readonly value: unknown; readonly problem?: string; readonly fix: string }[];
  readonly failures: readonly { readonly action: string; readonly key: string; readonly code: string; readonly message: string }[];
  readonly guard?: ReportGuard | undefined;
  readonly error?: { readonly code: string; readonly message: string } | undefined;
  readonly apiCalls: { readonly read: number; readonly write: number; readonly retries: number };
}

/** A whole run. */
export interface RunReportShape {
  readonly runId: string;
  readonly durationMs: number;
  readonly dryRun: boolean;
  readonly outcome: string;
  readonly exitCode: number;
  readonly scopes: readonly ReportScope[];
  readonly totals: ReportCounts;
  readonly apiCalls: { readonly read: number; readonly write: number; readonly retries: number; readonly rateLimited: number };
  readonly quota: {
    readonly window: string;
    readonly reads: { readonly used: number; readonly limit: number };
    readonly writes: { readonly used: number; readonly limit: number };
  };
}
