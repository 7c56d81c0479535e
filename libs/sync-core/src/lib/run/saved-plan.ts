import { ValidationError } from '@n2f/resilience';
import * as v from 'valibot';
import type { PlanEstimate } from '../plan/estimate/estimate.js';
import type { PlanControls, PlanCounts, ScopePlan } from '../model/plan-types.js';
import type { InvalidRecord } from '../model/invalid-record.js';
import type { PlanWarning } from '../model/plan-warning.js';
import type { SyncAction } from '../report/report-types.js';

/** A plan saved to a file by `n2f-sync plan --out`, applied later by `n2f-sync apply`. */
export interface SavedPlan {
  readonly format: 'n2f-sync-plan';
  readonly version: 1;
  readonly createdAt: string;
  readonly runId: string;
  readonly sandbox: boolean;
  readonly actions: readonly SyncAction[];
  readonly scopes: readonly ScopePlan[];
}

const value = v.union([v.string(), v.boolean(), v.null(), v.record(v.string(), v.string())]);
const record = v.record(v.string(), value);
const change = v.object({ field: v.string(), before: value, after: value });
const create = v.object({
  action: v.literal('create'),
  key: v.string(),
  before: v.null(),
  after: record,
  payload: v.unknown(),
});
const update = v.object({
  action: v.literal('update'),
  key: v.string(),
  before: record,
  after: record,
  changes: v.array(change),
  payload: v.unknown(),
  followUp: v.boolean(),
});
const remove = v.object({
  action: v.literal('delete'),
  key: v.string(),
  before: record,
  protected: v.boolean(),
});
const expire = v.object({
  action: v.literal('expire'),
  key: v.string(),
  before: record,
  after: record,
  changes: v.array(change),
  payload: v.unknown(),
  protected: v.boolean(),
});
const scopePlan = v.object({
  scope: v.string(),
  creates: v.array(create),
  updates: v.array(update),
  deletes: v.array(v.union([remove, expire])),
  invalid: v.array(v.looseObject({ scope: v.string(), field: v.string() })),
  warnings: v.array(v.looseObject({ code: v.string(), message: v.string() })),
  counts: v.looseObject({ source: v.number(), target: v.number() }),
  estimate: v.looseObject({ durationMs: v.object({ day: v.number(), night: v.number() }) }),
  controls: v.optional(v.looseObject({}), {}),
});
const savedPlan = v.object({
  format: v.literal('n2f-sync-plan'),
  version: v.literal(1),
  createdAt: v.string(),
  runId: v.string(),
  sandbox: v.boolean(),
  actions: v.array(v.picklist(['create', 'update', 'delete'])),
  scopes: v.array(scopePlan),
});

/** Checks a parsed plan file; a wrong shape is a `ValidationError` naming the first bad path. */
export function parseSavedPlan(json: unknown, file = 'plan file'): SavedPlan {
  const result = v.safeParse(savedPlan, json);
  if (result.success) return result.output as unknown as SavedPlanShape;
  const issue = result.issues[0];
  const path = issue ? (v.getDotPath(issue) ?? '(root)') : '(root)';
  throw new ValidationError(`is not valid: ${issue?.message ?? 'unexpected shape'}`, {
    entity: file,
    field: path,
    fix: 'write the file again with `n2f-sync plan --out FILE`; plans are not meant to be edited by hand',
  });
}

// The schema checks shapes; these are the types the rest of the plan uses.
type SavedPlanShape = Omit<SavedPlan, 'scopes'> & {
  scopes: (Omit<ScopePlan, 'invalid' | 'warnings' | 'counts' | 'estimate' | 'controls'> & {
    controls: PlanControls;
    invalid: InvalidRecord[];
    warnings: PlanWarning[];
    counts: PlanCounts;
    estimate: PlanEstimate;
  })[];
};
