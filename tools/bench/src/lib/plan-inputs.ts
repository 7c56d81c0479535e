import type { AgressoAnalyticsRow, AgressoUserRow, SourceRecord } from '@n2f/agresso-source';
import type { Scenario } from '@n2f/scenarios';
import { indexReferences, type AxeValueTarget, type ReferenceData } from '@n2f/sync-core';
import type { N2fUser } from '@n2f/n2f-client';

/** A scenario's rows, N2F records and reference data in the shapes `plan()` takes. */
export interface PlanInputs {
  readonly references: ReferenceData;
  readonly userRows: readonly SourceRecord<AgressoUserRow>[];
  readonly analyticsRows: readonly SourceRecord<AgressoAnalyticsRow>[];
  readonly users: readonly N2fUser[];
  readonly axeValues: Readonly<
    Record<'projects' | 'plaque' | 'subpost', readonly AxeValueTarget[]>
  >;
}

/** Adapts a generated scenario (plain rows and simulator state) to plan inputs, without copying records. */
export function planInputs(scenario: Scenario): PlanInputs {
  const state = scenario.n2f;
  const customAxes: Record<
    string,
    { uuid: string; names: { culture: string; value: string }[] }[]
  > = {};
  for (const company of state.companies) customAxes[company.uuid] = [];
  for (const axe of state.customAxes)
    customAxes[axe.company]?.push({ uuid: axe.uuid, names: axe.names });
  const references: ReferenceData = {
    companies: state.companies,
    roles: state.roles,
    profiles: state.userprofiles,
    customAxes,
  };
  const index = indexReferences(references);
  const axeValues = {
    projects: [] as AxeValueTarget[],
    plaque: [] as AxeValueTarget[],
    subpost: [] as AxeValueTarget[],
  };
  for (const value of state.axeValues) {
    const kind =
      value.axe === 'projects'
        ? 'projects'
        : value.axe === index.customAxe(value.company, 'plaque')
          ? 'plaque'
          : 'subpost';
    axeValues[kind].push({ company: value.company, axe: value.axe, value });
  }
  return {
    references,
    userRows: scenario.agresso.users.map((row, i) => ({
      valid: true,
      rowNumber: i + 1,
      row: row as AgressoUserRow,
    })),
    analyticsRows: scenario.agresso.analytics.map((row, i) => ({
      valid: true,
      rowNumber: i + 1,
      row: row as AgressoAnalyticsRow,
    })),
    users: state.users,
    axeValues,
  };
}
