import type { PlanWarning, PlanWarningCode } from '../model/plan-warning.js';
import type { PlanDraft } from './plan-context.js';

/**
 * Keeps a user's manager only when it exists in N2F or will be created by this plan; otherwise
 * the user is written without manager and a warning says why (unknown, invalid, not created).
 */
export function linkManagers<P>(draft: PlanDraft<P>, creating: boolean): void {
  for (const [key, record] of draft.source) {
    const manager = record['managerMail'];
    if (typeof manager !== 'string' || draft.target.has(manager)) continue;
    const inSource = draft.source.has(manager);
    if (creating && inSource) continue;
    draft.source.set(key, { ...record, managerMail: null });
    draft.warnings.push(
      droppedManager(
        key,
        manager,
        inSource
          ? 'MANAGER_NOT_CREATED'
          : draft.invalidKeys.has(manager)
            ? 'MANAGER_INVALID'
            : 'UNKNOWN_MANAGER',
      ),
    );
  }
}

const REASONS: Readonly<Record<string, string>> = {
  MANAGER_NOT_CREATED: 'is not in N2F and creates are off',
  MANAGER_INVALID: 'is not in N2F and its own Agresso row is invalid',
  UNKNOWN_MANAGER: 'is neither in Agresso nor in N2F',
};

function droppedManager(key: string, manager: string, code: PlanWarningCode): PlanWarning {
  return {
    code,
    key,
    message: `${key} is written without manager: ${manager} ${REASONS[code] ?? ''}`.trim(),
  };
}
