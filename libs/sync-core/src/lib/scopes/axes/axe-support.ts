import type { N2fAxeValuePayload } from '@n2f/n2f-client';
import type { CanonicalRecord } from '../../canonical/canonical-value.js';
import { canonTargetDate, dayToPayload, previousDay } from '../../canonical/date.js';
import { canonNames, namesToPayload } from '../../canonical/names.js';
import { canonText } from '../../canonical/text.js';
import type { InvalidRecord } from '../../model/invalid-record.js';
import type { PlanWarning } from '../../model/plan-warning.js';
import { diffRecords } from '../../plan/diff.js';
import { pagesFor } from '../../plan/estimate/estimate.js';
import type { PlanContext } from '../../model/plan-context.js';
import type { RemovalEntry } from '../../model/plan-types.js';
import type { TargetIndex } from '../../plan/target-index.js';
import { axeIdIn, type AxeTarget, type AxeValueTarget } from './axe-record.js';

/** Canonical axe value from N2F: names limited to the written cultures, dates as days. */
export function axeRecordFromN2f(
  raw: AxeValueTarget,
  context: PlanContext,
): CanonicalRecord | undefined {
  const code = canonText(raw.value.code);
  const companyCode = context.references.companyCode(raw.company);
  if (code === null || companyCode === undefined) return undefined;
  return {
    company: raw.company,
    companyCode,
    axe: raw.axe,
    code,
    names: canonNames(raw.value.names, context.options.cultures),
    validityDateFrom: canonTargetDate(raw.value.validityDateFrom),
    validityDateTo: canonTargetDate(raw.value.validityDateTo),
  };
}

/** The `POST /companies/{c}/axes/{axe}` body of a canonical axe value. */
export function axePayload(
  record: CanonicalRecord,
  cultures: readonly string[],
): N2fAxeValuePayload {
  const names = record['names'];
  return {
    code: typeof record['code'] === 'string' ? record['code'] : '',
    names: namesToPayload(typeof names === 'object' && names !== null ? names : {}, cultures).map(
      (name) => ({ culture: name.culture, value: name.value ?? '' }),
    ),
    validityDateFrom: dayToPayload(day(record['validityDateFrom'])),
    validityDateTo: dayToPayload(day(record['validityDateTo'])),
  };
}

/**
 * Delete, or expire (validityDateTo = yesterday; validityDateFrom moved back too if it starts
 * later). A value already ended by yesterday needs nothing (`null`).
 */
export function axeRemoval(
  before: CanonicalRecord,
  key: string,
  isProtected: boolean,
  context: PlanContext,
): RemovalEntry<N2fAxeValuePayload> | null {
  if (context.options.axeDeleteMode === 'delete')
    return { action: 'delete', key, before, protected: isProtected };
  const yesterday = previousDay(context.options.today);
  const to = day(before['validityDateTo']);
  if (to !== null && to <= yesterday) return null;
  const from = day(before['validityDateFrom']);
  const after = {
    ...before,
    validityDateTo: yesterday,
    validityDateFrom: from !== null && from > yesterday ? yesterday : from,
  };
  const changes = diffRecords(before, after, ['validityDateFrom', 'validityDateTo']);
  return {
    action: 'expire',
    key,
    before,
    after,
    changes,
    payload: axePayload(after, context.options.cultures),
    protected: isProtected,
  };
}

/** GET pages to list the axe's values in every company that has it. */
export function axeTargetReads(
  target: TargetIndex<AxeValueTarget>,
  axe: AxeTarget,
  context: PlanContext,
): number {
  const perCompany = new Map<string, number>();
  for (const raw of target.raws())
    perCompany.set(raw.company, (perCompany.get(raw.company) ?? 0) + 1);
  let pages = 0;
  for (const company of context.references.companyUuids) {
    if (axeIdIn(axe, company, context.references) !== undefined)
      pages += pagesFor(perCompany.get(company) ?? 0);
  }
  return pages;
}

/** One warning per unknown company code among the invalid rows, with how many values it holds back. */
export function unknownCompanyWarnings(invalid: readonly InvalidRecord[]): PlanWarning[] {
  const counts = new Map<string, number>();
  for (const record of invalid) {
    if (record.field === 'company' && typeof record.value === 'string')
      counts.set(record.value, (counts.get(record.value) ?? 0) + 1);
  }
  return [...counts].map(([code, count]) => ({
    code: 'UNKNOWN_COMPANY',
    key: code,
    message: `company code "${code}" is unknown in N2F: ${count} value(s) not sent`,
  }));
}

function day(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
