// @n2f/sync-core/scope-kit: what a scope author needs. A scope extends `EntitySynchronizer`
// (its pure `ScopeRules` and its `ScopeIO`) or `AxeScope`, and is tested with `plan`.
export { EntitySynchronizer } from './lib/scopes/entity-synchronizer.js';
export { AxeScope } from './lib/scopes/axes/axe-scope.js';
export { platesScope, projectsScope, subpostsScope } from './lib/scopes/axes/builtin-scopes.js';
export { UsersScope, usersScope } from './lib/scopes/users/users-scope.js';
export { plan } from './lib/plan/plan.js';
export { pagesFor } from './lib/plan/estimate/estimate.js';
export { indexReferences } from './lib/references/references.js';
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

export type { AnyScope, Scope } from './lib/scopes/entity-synchronizer.js';
export type { ScopeRules } from './lib/plan/scope-rules.js';
export type { ScopeIO } from './lib/scopes/scope-io.js';
export type { AxeScopeDefinition } from './lib/scopes/axes/axe-scope.js';
export type { AxeTarget, AxeValueTarget } from './lib/scopes/axes/axe-record.js';
export type { CanonicalRecord, CanonicalValue } from './lib/canonical/canonical-value.js';
export type { LocalizedName } from './lib/canonical/names.js';
export type { FieldFailure, PlanContext, PlanDraft } from './lib/model/plan-context.js';
export type { PlanOptions, ResolvedPlanOptions } from './lib/model/plan-options.js';
export type { QuotaOptions } from './lib/plan/estimate/quotas.js';
export type {
  CreateEntry,
  DeleteEntry,
  ExpireEntry,
  PlanAction,
  RemovalEntry,
  UpdateEntry,
} from './lib/model/plan-types.js';
export type { SourceKeys } from './lib/plan/source-keys.js';
export type { TargetIndex } from './lib/plan/target-index.js';
export type {
  CompanyInput,
  LabelledInput,
  ReferenceData,
} from './lib/references/reference-data.js';
export type { References } from './lib/references/references.js';
export type { LabelIndex } from './lib/references/label-index.js';
export type { InvalidValue } from './lib/model/invalid-record.js';
export type { PlanWarningCode } from './lib/model/plan-warning.js';
export type { UserMapping } from './lib/scopes/users/user-mapping.js';
