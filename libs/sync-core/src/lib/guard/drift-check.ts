import { collectTarget } from '../plan/collect-target.js';
import type { PlanContext } from '../model/plan-context.js';
import type { PlanEntry } from '../model/plan-types.js';
import type { ScopeRules } from '../plan/scope-rules.js';
import { driftOf } from './drift.js';

/** Why an entry of a plan made earlier must be skipped now, or `undefined` to send it. */
export type SkipReason = (entry: PlanEntry<unknown>) => string | undefined;

/** Sends every entry: the plan was just made from the live state. */
export const NO_DRIFT: SkipReason = () => undefined;

/** Checks each entry of an earlier plan against the live N2F records of its scope. */
export function driftCheck(
  scope: ScopeRules,
  liveTarget: Iterable<unknown>,
  context: PlanContext,
): SkipReason {
  const live = collectTarget(scope, liveTarget, context, []);
  const fields = scope.comparedFields(context);
  return (entry) => driftOf(entry, live, fields);
}
