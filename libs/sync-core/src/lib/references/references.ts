import { createLabelIndex, frenchName, type LabelIndex } from './label-index.js';
import type { ReferenceData } from './reference-data.js';
import type { PlanWarning } from '../model/plan-warning.js';

/** The reference data indexed for resolution, plus the warnings indexing raised. */
export interface References {
  /** Company uuid for a company code (trimmed), or `undefined`. */
  companyByCode(code: string): string | undefined;
  /** The code of a company uuid, or `undefined` when the uuid is unknown. */
  companyCode(uuid: string): string | undefined;
  /** Company uuids in N2F order. */
  readonly companyUuids: readonly string[];
  readonly roles: LabelIndex;
  readonly profiles: LabelIndex;
  /** The account's cultures (lower-case), as its role and profile labels use them; empty when unknown. */
  readonly cultures: ReadonlySet<string>;
  /** The uuid of the custom axe of `company` whose French name is `name` (case-insensitive), if any. */
  customAxe(company: string, name: string): string | undefined;
  readonly warnings: readonly PlanWarning[];
}

/** Indexes reference data: companies by code, roles and profiles by label, custom axes per company. */
export function indexReferences(data: ReferenceData): References {
  const warnings: PlanWarning[] = [];
  const byCode = new Map<string, string>();
  const codes = new Map<string, string>();
  for (const company of data.companies) {
    const code = company.code.trim();
    if (!byCode.has(code)) byCode.set(code, company.uuid);
    codes.set(company.uuid, code);
  }
  const axes = new Map<string, Map<string, string>>();
  for (const [company, list] of Object.entries(data.customAxes)) {
    const byName = new Map<string, string>();
    for (const axe of list) {
      const name = frenchName(axe);
      if (name !== '' && !byName.has(name)) byName.set(name, axe.uuid);
    }
    axes.set(company, byName);
  }
  return {
    companyByCode: (code) => byCode.get(code) ?? byCode.get(code.trim()),
    companyCode: (uuid) => codes.get(uuid),
    companyUuids: data.companies.map((company) => company.uuid),
    roles: createLabelIndex('role', data.roles, warnings),
    profiles: createLabelIndex('profile', data.profiles, warnings),
    cultures: culturesOf([...data.roles, ...data.profiles]),
    customAxe: (company, name) => axes.get(company)?.get(name.trim().toLowerCase()),
    warnings,
  };
}

// N2F lists no cultures; the labels of roles and profiles come in every culture of the account.
function culturesOf(items: readonly { readonly names: readonly { readonly culture: string }[] }[]): ReadonlySet<string> {
  return new Set(items.flatMap((item) => item.names.map((name) => name.culture.trim().toLowerCase())));
}
