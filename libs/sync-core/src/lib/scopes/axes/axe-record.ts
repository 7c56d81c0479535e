import type { AgressoAnalyticsRow } from '@n2f/agresso-source';
import type { N2fAxeValue } from '@n2f/n2f-client';
import { ConversionFailure, type CanonicalRecord } from '../../canonical/canonical-value.js';
import { canonDate } from '../../canonical/date.js';
import { namesFromLabel } from '../../canonical/names.js';
import { canonText } from '../../canonical/text.js';
import type { FieldFailure, PlanContext } from '../../model/plan-context.js';
import type { References } from '../../references/references.js';

/** An N2F axe value with the company and axe it was listed under. */
export interface AxeValueTarget {
  readonly company: string;
  readonly axe: string;
  readonly value: N2fAxeValue;
}

/** Which axe a scope writes: the built-in `projects` axe, or a custom axe found by French name. */
export type AxeTarget =
  { readonly kind: 'projects' } | { readonly kind: 'custom'; readonly frenchName: string };

/** The axe id of `target` in `company`, or `undefined` when that company has no such axe. */
export function axeIdIn(
  target: AxeTarget,
  company: string,
  references: References,
): string | undefined {
  return target.kind === 'projects' ? 'projects' : references.customAxe(company, target.frenchName);
}

/** The scope key of an axe value: company code and value code (unique within a scope). */
export function axeKey(companyCode: string, code: string): string {
  // Joined rather than concatenated: `+` makes keys of 13+ characters (`BE10/PL000123`) rope
  // strings, which every map lookup must flatten and then reach through an extra object.
  return [companyCode, code].join('/');
}

/** The key of a canonical axe value. */
export function axeRecordKey(record: CanonicalRecord): string {
  return axeKey(record['companyCode'] as string, record['code'] as string);
}

/** Canonical axe value from an analytics row; pushes each failed field and returns `undefined`. */
export function axeRecordFromRow(
  row: AgressoAnalyticsRow,
  target: AxeTarget,
  context: PlanContext,
  failures: FieldFailure[],
): CanonicalRecord | undefined {
  const count = failures.length;
  const clientCode = canonText(row.client);
  const company = clientCode === null ? undefined : context.references.companyByCode(clientCode);
  if (company === undefined)
    fail(
      failures,
      'company',
      'client',
      row.client,
      clientCode === null ? 'is empty' : 'is not the code of an N2F company',
      'use the code of an N2F company',
    );
  const axe = company === undefined ? undefined : axeIdIn(target, company, context.references);
  if (company !== undefined && axe === undefined)
    fail(
      failures,
      'axe',
      'typ',
      row.typ,
      `company "${clientCode ?? ''}" has no custom axe named "${target.kind === 'custom' ? target.frenchName : ''}"`,
      'create the custom axe in N2F for this company',
    );
  const code = canonText(row.code);
  if (code === null) fail(failures, 'code', 'code', row.code, 'is empty', 'fill in the value code');
  const label = canonText(row.description);
  if (label === null)
    fail(
      failures,
      'names',
      'description',
      row.description,
      'is empty',
      'fill in the description (N2F needs a name)',
    );
  const from = date(failures, 'validityDateFrom', 'date_from', row.date_from);
  const to = date(failures, 'validityDateTo', 'date_to', row.date_to);
  if (typeof from === 'string' && typeof to === 'string' && from > to)
    fail(
      failures,
      'validityDateTo',
      'date_to',
      row.date_to,
      `ends (${to}) before it starts (${from})`,
      'correct date_from or date_to',
    );
  if (failures.length > count || company === undefined || axe === undefined || code === null)
    return undefined;
  return {
    company,
    companyCode: clientCode,
    axe,
    code,
    names: namesFromLabel(label, context.options.cultures),
    validityDateFrom: from ?? null,
    validityDateTo: to ?? null,
  };
}

function date(
  failures: FieldFailure[],
  field: string,
  column: string,
  value: unknown,
): string | null | undefined {
  const day = canonDate(value);
  if (!(day instanceof ConversionFailure)) return day;
  failures.push({ field, column, value, failure: day });
  return undefined;
}

function fail(
  failures: FieldFailure[],
  field: string,
  column: string,
  value: unknown,
  problem: string,
  fix: string,
): void {
  failures.push({ field, column, value, failure: new ConversionFailure(problem, fix) });
}
