import type { N2fUserPayload } from '@n2f/n2f-client';
import type { PlanWarning } from '../../../model/plan-warning.js';
import type { PlanEntry } from '../../../model/plan-types.js';

/**
 * A user entry whose manager's create failed in this run, rewritten without manager (N2F would
 * refuse a link to a missing user); the next run sets the link once the manager exists.
 */
export function detachFailedManager(
  entry: PlanEntry<N2fUserPayload>,
  failedCreates: ReadonlySet<string>,
): { readonly entry: PlanEntry<N2fUserPayload>; readonly warning: PlanWarning } | undefined {
  if (entry.action !== 'create' && entry.action !== 'update') return undefined;
  const manager = entry.payload.managerMail;
  if (typeof manager !== 'string' || !failedCreates.has(manager)) return undefined;
  const detached = {
    ...entry,
    payload: { ...entry.payload, managerMail: null },
    after: { ...entry.after, managerMail: null },
  };
  return {
    entry: detached,
    warning: {
      code: 'MANAGER_NOT_CREATED',
      key: entry.key,
      message: `${entry.key} was written without manager because the create of ${manager} failed; the next run sets the link`,
    },
  };
}
