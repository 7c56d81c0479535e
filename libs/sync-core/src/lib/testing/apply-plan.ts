import type { N2fAxeValuePayload, N2fUser, N2fUserPayload } from '@n2f/n2f-client';
import type { CanonicalRecord } from '../canonical/canonical-value.js';
import type { ScopePlan } from '../model/plan-types.js';
import type { AxeValueTarget } from '../scopes/axes/axe-record.js';

/**
 * Applies a users plan to an in-memory N2F user list as N2F would (upserts by mail, deletes
 * except protected ones), in plan order. For tests: plan → apply → plan again must be empty.
 */
export function applyUsersPlan(
  users: readonly N2fUser[],
  plan: ScopePlan<N2fUserPayload>,
): N2fUser[] {
  const byMail = new Map<string, N2fUser>();
  // Like the plan, the first of two users with the same address wins.
  for (const user of users) {
    const mail = user.mail.trim().toLowerCase();
    if (!byMail.has(mail)) byMail.set(mail, user);
  }
  const upsert = (payload: N2fUserPayload): void => {
    byMail.set(payload.mail, { ...byMail.get(payload.mail), ...payload });
  };
  for (const entry of plan.creates) upsert(entry.payload);
  for (const entry of plan.updates) upsert(entry.payload);
  for (const entry of plan.deletes) {
    if (entry.protected) continue;
    if (entry.action === 'expire') upsert(entry.payload);
    else byMail.delete(entry.key);
  }
  return [...byMail.values()];
}

/** Applies an axe plan to an in-memory list of axe values, keyed by company, axe and code. */
export function applyAxePlan(
  values: readonly AxeValueTarget[],
  plan: ScopePlan<N2fAxeValuePayload>,
): AxeValueTarget[] {
  const id = (company: unknown, axe: unknown, code: unknown): string =>
    `${String(company)}\n${String(axe)}\n${String(code)}`;
  const byId = new Map<string, AxeValueTarget>();
  // Like the plan, the first of two values with the same key wins.
  for (const target of values) {
    const key = id(target.company, target.axe, target.value.code.trim());
    if (!byId.has(key)) byId.set(key, target);
  }
  const upsert = (record: CanonicalRecord, payload: N2fAxeValuePayload): void => {
    const company = String(record['company']);
    const axe = String(record['axe']);
    byId.set(id(company, axe, payload.code), {
      company,
      axe,
      value: { ...payload, names: [...payload.names] },
    });
  };
  for (const entry of [...plan.creates, ...plan.updates]) upsert(entry.after, entry.payload);
  for (const entry of plan.deletes) {
    if (entry.protected) continue;
    if (entry.action === 'expire') upsert(entry.after, entry.payload);
    else byId.delete(id(entry.before['company'], entry.before['axe'], entry.before['code']));
  }
  return [...byId.values()];
}
