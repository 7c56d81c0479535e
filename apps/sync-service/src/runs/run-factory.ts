import { join } from 'node:path';
import { ConfigurationError } from '@n2f/resilience';
import {
  attachAuditTrail,
  createSyncRun,
  type RunEventSource,
  type RunReport,
  type SyncRun,
  type SyncRunOptions,
} from '@n2f/sync-core';
import { isRefusal, type PlanRefusal, type PlanStore } from '../plans/plan-store.js';
import type { RunRequest } from './run-record.js';

/** A run ready to go: its events to forward, and the work its request asks for. */
export interface PreparedRun {
  readonly events: RunEventSource;
  /** Syncs, plans (a dry run, or a plan kept for approval) or applies a plan; resolves with the report. */
  execute(): Promise<RunReport>;
}

/** What the factory composes runs from. */
export interface RunFactoryOptions {
  /** The sync-core options of a request (parts, safety…), without the signal. */
  readonly runOptions: (request: RunRequest) => SyncRunOptions;
  readonly plans: PlanStore;
  /** Where each writing run's audit trail goes (`<runId>.jsonl`). */
  readonly auditDir: string;
}

/** Where the audit trails of the runs go, in the data directory. */
export function auditDirOf(dataDir: string): string {
  return join(dataDir, 'audit');
}

/** The audit trail of a run: one JSON line per write, with the changed fields before and after. */
export function auditPath(auditDir: string, runId: string): string {
  return join(auditDir, `${runId}.jsonl`);
}

/**
 * Turns requests into runs: `kind: 'plan'` keeps its plan for approval, `kind: 'apply'` applies
 * the approved plan (drift-checked, the path of `n2f-sync apply`), a dry run only plans, and a
 * sync plans then applies; runs that write keep an audit trail.
 * @example const prepare = createRunFactory({ runOptions, plans, auditDir }); await prepare(request, signal).execute();
 */
export function createRunFactory(
  options: RunFactoryOptions,
): (request: RunRequest, signal: AbortSignal) => PreparedRun {
  return (request, signal) => {
    const approved = request.kind === 'apply' ? options.plans.get(request.planId ?? '') : undefined;
    const run = createSyncRun({
      ...options.runOptions(request),
      ...(approved ? { actions: approved.plan.actions } : {}),
      signal, // aborted on SIGTERM: sync-core stops between calls and still reports
    });
    if (request.kind === 'plan')
      return { events: run, execute: () => keepPlan(run, options.plans) };
    if (request.dryRun) return { events: run, execute: async () => (await run.plan()).report };
    if (request.kind !== 'apply') return withAudit(run, options.auditDir, () => run.start());
    const plan = options.plans.take(request.planId ?? '', run.id);
    if (isRefusal(plan)) throw refusalError(request.planId ?? '', plan);
    return withAudit(run, options.auditDir, () => run.apply(plan));
  };
}

async function keepPlan(run: SyncRun, plans: PlanStore): Promise<RunReport> {
  const plan = await run.plan();
  plans.keep(plan);
  return plan.report;
}

function withAudit(run: SyncRun, auditDir: string, work: () => Promise<RunReport>): PreparedRun {
  return {
    events: run,
    async execute() {
      const audit = attachAuditTrail(run, auditPath(auditDir, run.id));
      try {
        const report = await work();
        await audit.written();
        return report;
      } finally {
        audit.dispose();
      }
    },
  };
}

/** Why an approved plan cannot be applied, as the error the routes answer 409/410 with. */
export function refusalError(planId: string, refusal: PlanRefusal): ConfigurationError {
  const problem =
    refusal.reason === 'unknown'
      ? `no plan "${planId}" is waiting (plans live in memory: a restart drops them)`
      : refusal.reason === 'expired'
        ? `plan ${planId} expired at ${refusal.expiresAt.toISOString()}`
        : `plan ${planId} was applied already, by run ${refusal.appliedBy}`;
  return new ConfigurationError('plan', problem, 'plan again with "Plan now" (POST /plans)');
}
