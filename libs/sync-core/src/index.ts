// Canonical conversions: the same rules on both sides of a comparison.
export { canonAuthMode, SANDBOX_AUTH_MODE } from './lib/canonical/auth-mode.js';
export { canonBoolean, canonTargetBoolean } from './lib/canonical/boolean.js';
export { ConversionFailure, sameValue } from './lib/canonical/canonical-value.js';
export {
  canonDate,
  canonTargetDate,
  dayToPayload,
  OPEN_ENDED_DAY,
  previousDay,
} from './lib/canonical/date.js';
export { canonEmail, canonOptionalEmail } from './lib/canonical/email.js';
export { canonNames, namesFromLabel, namesToPayload } from './lib/canonical/names.js';
export { canonLowerText, canonText, canonUpperText } from './lib/canonical/text.js';
// Mapping, references, plan.
export { CONVERTERS, DEFAULT_STRUCTURE } from './lib/mapping/converters.js';
export { DEFAULT_USER_MAPPING } from './lib/mapping/user-fields.js';
export { resolveUserMapping } from './lib/mapping/user-mapping.js';
export { loadReferences } from './lib/references/load-references.js';
export { indexReferences } from './lib/references/references.js';
export { combineEstimates, estimateCalls, pagesFor, referenceReads } from './lib/plan/estimate.js';
export { orderByParent } from './lib/plan/manager-order.js';
export { plan } from './lib/plan/plan.js';
export { resolvePlanOptions } from './lib/plan/plan-options.js';
export { createProtectedMatcher } from './lib/plan/protected-matcher.js';
export { DEFAULT_QUOTAS, resolveQuotas } from './lib/plan/quotas.js';
// Scopes and the registry.
export { EntitySynchronizer } from './lib/entity-synchronizer.js';
export { AxeScope } from './lib/scopes/axe-scope.js';
export { platesScope, projectsScope, subpostsScope } from './lib/scopes/builtin-scopes.js';
export { UsersScope, usersScope } from './lib/scopes/users-scope.js';
export { createScopeRegistry, defaultRegistry } from './lib/registry.js';
// The run: orchestrator, guards, saved plans and outputs.
export { deleteLimit, parseMaxDeletes } from './lib/run/max-deletes.js';
export { evaluateDeleteGuard } from './lib/run/delete-guard.js';
export { createRunStateStore } from './lib/run/run-state-store.js';
export { parseSavedPlan, toSavedPlan } from './lib/run/saved-plan.js';
export { SYNC_CHANNELS } from './lib/run/sync-channels.js';
export { resolveSyncRunOptions } from './lib/run/sync-run-options.js';
export { createSyncRun, runSync } from './lib/run/sync-run.js';
export { createApiLog } from './lib/outputs/api-log.js';
export { createAuditTrail } from './lib/outputs/audit-trail.js';
export { writeJsonReport } from './lib/outputs/json-report.js';
export { duration, formatPlanText } from './lib/outputs/plan-text.js';
export { formatRunSummary } from './lib/outputs/run-summary.js';
// The error family, so callers need only this package.
export {
  AbortedError,
  ApiError,
  AuthenticationError,
  CircuitOpenError,
  ConfigurationError,
  DatabaseError,
  isAbortedError,
  isApiError,
  isAuthenticationError,
  isCircuitOpenError,
  isConfigurationError,
  isDatabaseError,
  isNetworkError,
  isRateLimitError,
  isSourceError,
  isSyncError,
  isTimeoutError,
  isTransient,
  isValidationError,
  NetworkError,
  RateLimitError,
  redact,
  redactText,
  REDACTED,
  SourceError,
  SyncError,
  TimeoutError,
  ValidationError,
} from '@n2f/resilience';

export type { CanonicalRecord, CanonicalValue } from './lib/canonical/canonical-value.js';
export type { LocalizedName } from './lib/canonical/names.js';
export type { AnySynchronizer } from './lib/entity-synchronizer.js';
export type { ConversionContext, Converter, ConverterName } from './lib/mapping/converters.js';
export type { FieldMapping, OptionalUserField, UserField } from './lib/mapping/user-fields.js';
export type {
  ResolvedFieldMapping,
  UserMapping,
  UserMappingOptions,
} from './lib/mapping/user-mapping.js';
export type { InvalidRecord, InvalidValue } from './lib/model/invalid-record.js';
export type { PlanWarning, PlanWarningCode } from './lib/model/plan-warning.js';
export type { PlanEstimate } from './lib/plan/estimate.js';
export type { DependencyOrder } from './lib/plan/manager-order.js';
export type { FieldFailure, PlanContext, PlanDraft } from './lib/plan/plan-context.js';
export type { PlanOptions, ResolvedPlanOptions } from './lib/plan/plan-options.js';
export type {
  CreateEntry,
  DeleteEntry,
  ExpireEntry,
  FieldChange,
  PlanAction,
  PlanCounts,
  PlanEntry,
  RemovalEntry,
  ScopePlan,
  UpdateEntry,
} from './lib/plan/plan-types.js';
export type { ProtectedMatcher } from './lib/plan/protected-matcher.js';
export type { SourceKeys } from './lib/plan/source-keys.js';
export type { TargetIndex } from './lib/plan/target-index.js';
export type { QuotaBudget, QuotaOptions, ResolvedQuotas } from './lib/plan/quotas.js';
export type {
  CompanyInput,
  LabelledInput,
  ReferenceData,
} from './lib/references/reference-data.js';
export type { References } from './lib/references/references.js';
export type { LabelIndex } from './lib/references/label-index.js';
export type { AxeScopeDefinition } from './lib/scopes/axe-scope.js';
export type { AxeTarget, AxeValueTarget } from './lib/scopes/axe-record.js';
export type { DefaultRegistryOptions, ScopeRegistry } from './lib/registry.js';
export type {
  ApiErrorDetails,
  DatabaseErrorDetails,
  ErrorCode,
  SyncErrorJson,
  SyncErrorOptions,
  ValidationDetails,
} from '@n2f/resilience';
export type { ApiLog, ApiLogEntry } from './lib/outputs/api-log.js';
export type { PlanTextOptions } from './lib/outputs/plan-text.js';
export type { DeleteGuardInput, GuardHold, GuardReason } from './lib/run/delete-guard.js';
export type { Disposable, SyncEvent } from './lib/run/event-emitter.js';
export type { MaxDeletes } from './lib/run/max-deletes.js';
export type {
  ApiCallCounts,
  Counts,
  Failure,
  OperationOutcome,
  QuotaReport,
  RunReport,
  ScopeReport,
  SyncAction,
} from './lib/run/report-types.js';
export type {
  OperationEvent,
  PlanReadyEvent,
  RunFinishedEvent,
  RunStartedEvent,
  ScopeFinishedEvent,
  ScopeStartedEvent,
} from './lib/run/run-events.js';
export type { RunStateStore, ScopeRunState } from './lib/run/run-state-store.js';
export type { SavedPlan } from './lib/run/saved-plan.js';
export type {
  ResolvedSyncRunOptions,
  SafetyOptions,
  SyncRunOptions,
} from './lib/run/sync-run-options.js';
export type { SyncRun } from './lib/run/sync-run.js';
