// @n2f/sync-core for embedders: plan, apply or sync a run, read its plan, report and outcome.
// Scope authors: `@n2f/sync-core/scope-kit`. Test helpers: `@n2f/sync-core/testing`.
// Errors and their guards come from `@n2f/resilience`.
export { applyPlan, createSyncRun, planRun } from './lib/run/sync-run.js';
export { toSavedPlan } from './lib/run/run-plan.js';
export { parseSavedPlan } from './lib/run/saved-plan.js';
export { createScopeRegistry, defaultRegistry } from './lib/scopes/registry.js';
export { formatPlanText } from './lib/report/plan-text.js';
export { formatRunSummary } from './lib/report/run-summary.js';
export { attachApiLog } from './lib/report/sinks/api-log.js';
export { attachAuditTrail } from './lib/report/sinks/audit-trail.js';
export { attachJsonReport } from './lib/report/sinks/json-report.js';
export { writeSavedPlan } from './lib/report/sinks/plan-file.js';

export type { SyncRun } from './lib/run/sync-run.js';
export type { SafetyOptions, SyncRunOptions } from './lib/run/run-options.js';
export type { MassChangeHold } from './lib/guard/mass-change-guard.js';
export type { MassChangeOptions } from './lib/guard/mass-change-options.js';
export type { FilterRule, ScopeFilterOptions } from './lib/plan/scope-filter.js';
export type { OnlyStep } from './lib/only/only-steps.js';
export type { PlannedScope, RunPlan } from './lib/run/run-plan.js';
export type { SavedPlan } from './lib/run/saved-plan.js';
export type {
  OperationEvent,
  PlanReadyEvent,
  RunEventSource,
  RunFinishedEvent,
  RunStartedEvent,
  ScopeFinishedEvent,
  ScopeStartedEvent,
} from './lib/events/run-events.js';
export type {
  ApiCallCounts,
  Counts,
  Failure,
  OperationOutcome,
  Outcome,
  QuotaReport,
  RunReport,
  ScopeReport,
  Shortfall,
  SyncAction,
} from './lib/report/report-types.js';
export type { IgnoredRows } from './lib/report/ignored-rows.js';
export type { RunSink } from './lib/report/sinks/sink.js';
export type { PlanTextOptions } from './lib/report/plan-text.js';
export type { FieldChange, PlanCounts, PlanEntry, ScopePlan } from './lib/model/plan-types.js';
export type { PlanEstimate } from './lib/plan/estimate/estimate.js';

export type { InvalidRecord } from './lib/model/invalid-record.js';
export type { PlanWarning } from './lib/model/plan-warning.js';
export type { GuardHold, GuardReason } from './lib/guard/delete-guard.js';
export type { MaxDeletes } from './lib/guard/max-deletes.js';
export type { ApiLogEntry } from './lib/report/sinks/api-log.js';
export type { DefaultRegistryOptions, ScopeRegistry } from './lib/scopes/registry.js';
export type { UserMappingOptions } from './lib/scopes/users/user-mapping.js';
