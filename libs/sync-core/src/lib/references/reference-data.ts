import type { LocalizedName } from '../canonical/names.js';

/** A company as the plan needs it (an `N2fCompany` fits). */
export interface CompanyInput {
  readonly uuid: string;
  readonly code: string;
  readonly name?: string | null;
}

/** A role, user profile or custom axe as the plan needs it: a uuid and its labels per culture. */
export interface LabelledInput {
  readonly uuid: string;
  readonly names: readonly LocalizedName[];
}

/**
 * The N2F reference data every scope resolves against, as plain JSON so it can be cached:
 * companies, roles, user profiles and the custom axes of every company (by company uuid).
 */
export interface ReferenceData {
  readonly companies: readonly CompanyInput[];
  readonly roles: readonly LabelledInput[];
  readonly profiles: readonly LabelledInput[];
  readonly customAxes: Readonly<Record<string, readonly LabelledInput[]>>;
}
