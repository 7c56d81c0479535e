import type { RunPlan } from '@n2f/sync-core';

/** A plan made by "Plan now", waiting for approval; in memory only (it holds field values). */
export interface StoredPlan {
  readonly plan: RunPlan;
  readonly expiresAt: Date;
  /** The run that applied it, once approved: a plan is applied once. */
  readonly appliedBy?: string;
}

/** Why a plan cannot be applied: unknown (or dropped), expired, or applied already. */
export type PlanRefusal =
  | { readonly reason: 'unknown' }
  | { readonly reason: 'expired'; readonly expiresAt: Date }
  | { readonly reason: 'applied'; readonly appliedBy: string };

/** The plans waiting for approval, each valid for a while. */
export interface PlanStore {
  keep(plan: RunPlan): StoredPlan;
  /** The plan as kept (expired or applied ones too, until dropped). */
  get(id: string): StoredPlan | undefined;
  /** Why the plan cannot be applied now, or `undefined` when it can. */
  refusal(id: string): PlanRefusal | undefined;
  /** The plan to apply now, marked applied by `runId`; or why not. */
  take(id: string, runId: string): RunPlan | PlanRefusal;
}

/** Options of {@link createPlanStore}. */
export interface PlanStoreOptions {
  /** How long a plan may be approved after it was made, ms. */
  readonly ttlMs: number;
  /** Plans kept at most; the oldest go first. @default 5 */
  readonly maxPlans?: number;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * Keeps the latest plans for review. An old plan may no longer match N2F or Agresso: past its
 * time it is refused, and the operator plans again (the drift check covers the time before).
 * @example const plans = createPlanStore({ ttlMs: 30 * 60_000 }); plans.keep(await run.plan());
 */
export function createPlanStore(options: PlanStoreOptions): PlanStore {
  const now = options.now ?? ((): Date => new Date());
  const plans = new Map<string, StoredPlan>();
  const refusal = (id: string): PlanRefusal | undefined => {
    const stored = plans.get(id);
    if (stored === undefined) return { reason: 'unknown' };
    if (stored.appliedBy !== undefined) return { reason: 'applied', appliedBy: stored.appliedBy };
    if (now() >= stored.expiresAt) return { reason: 'expired', expiresAt: stored.expiresAt };
    return undefined;
  };
  return {
    keep(plan) {
      const stored = { plan, expiresAt: new Date(now().getTime() + options.ttlMs) };
      plans.set(plan.runId, stored);
      for (const id of [...plans.keys()].slice(
        0,
        Math.max(0, plans.size - (options.maxPlans ?? 5)),
      ))
        plans.delete(id);
      return stored;
    },
    get: (id) => plans.get(id),
    refusal,
    take(id, runId) {
      const refused = refusal(id);
      if (refused) return refused;
      const stored = plans.get(id) as StoredPlan;
      plans.set(id, { ...stored, appliedBy: runId });
      return stored.plan;
    },
  };
}

/** Whether `take` refused. */
export function isRefusal(value: RunPlan | PlanRefusal): value is PlanRefusal {
  return 'reason' in value;
}
