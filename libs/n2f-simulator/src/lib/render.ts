import type { Account } from './account.js';
import type { Runtime } from './runtime.js';
import type { UserRecord } from './users.js';

/** How entities are shown: the realism options that change the answers, not the state. */
export interface RenderView {
  readonly emptyAsNull: boolean;
  readonly labelCulture: string;
}

/** The view in force: the fault options, else the account's first culture. */
export function renderView({ faults, cultures }: Runtime): RenderView {
  const { emptyAsNull = false, labelCulture = cultures[0] ?? 'fr' } = faults.options;
  return { emptyAsNull, labelCulture };
}

/** A copy of `entity` with empty strings as null when the view asks for it. */
export function withNulls<T extends object>(entity: T, view: RenderView): T {
  if (!view.emptyAsNull) return entity;
  const entries = Object.entries(entity).map(([key, value]) => [key, value === '' ? null : value]);
  return Object.fromEntries(entries) as T;
}

/** A user as N2F returns it: role and profile as labels in the view's culture. */
export function renderUser(
  user: UserRecord,
  account: Account,
  view: RenderView,
): Record<string, unknown> {
  const role = account.roles.label(user.role, view.labelCulture);
  const profile = account.profiles.label(user.profile, view.labelCulture);
  return withNulls({ ...user, role, profile }, view);
}
