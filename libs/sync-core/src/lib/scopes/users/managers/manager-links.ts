import type { PlanWarningCode } from '../../../model/plan-warning.js';
import type { PlanDraft } from '../../../model/plan-context.js';
import type { ProtectedMatcher } from '../../../plan/protected-matcher.js';

/** What decides whether a manager will exist when its reports are written. */
export interface ManagerLinkRules {
  readonly creating: boolean;
  readonly deleting: boolean;
  readonly isProtected: ProtectedMatcher;
}

/**
 * Keeps a user's manager only when it is in N2F and stays there, or will be created by this plan;
 * otherwise the user is written without manager and a warning says why.
 */
export function linkManagers<P>(draft: PlanDraft<P, unknown>, rules: ManagerLinkRules): void {
  for (const [key, record] of draft.source) {
    const manager = record['managerMail'];
    if (typeof manager !== 'string') continue;
    const code = missingManager(draft, manager, rules);
    if (code === null) continue;
    draft.source.set(key, { ...record, managerMail: null });
    draft.warnings.push({
      code,
      key,
      message: `${key} is written without manager: ${manager} ${REASONS[code]}`,
    });
  }
}

function missingManager<P>(
  draft: PlanDraft<P, unknown>,
  manager: string,
  rules: ManagerLinkRules,
): PlanWarningCode | null {
  const inSource = draft.source.has(manager);
  if (draft.target.has(manager)) {
    // A manager only in N2F is a delete candidate: linking to it would block its delete.
    const stays =
      inSource || draft.invalidKeys.has(manager) || !rules.deleting || rules.isProtected(manager);
    return stays ? null : 'MANAGER_REMOVED';
  }
  if (inSource) return rules.creating ? null : 'MANAGER_NOT_CREATED';
  return draft.invalidKeys.has(manager) ? 'MANAGER_INVALID' : 'UNKNOWN_MANAGER';
}

const REASONS: Readonly<Partial<Record<PlanWarningCode, string>>> = {
  MANAGER_REMOVED: 'is no longer in Agresso and is deleted from N2F',
  MANAGER_NOT_CREATED: 'is not in N2F and creates are off',
  MANAGER_INVALID: 'is not in N2F and its own Agresso row is invalid',
  UNKNOWN_MANAGER: 'is neither in Agresso nor in N2F',
};
