import type { ReferenceData } from '../references/reference-data.js';

/** The parts of a simulator state (or generated scenario state) that hold reference data. */
export interface StateReferences {
  readonly companies: readonly { uuid: string; code: string; name: string }[];
  readonly roles: readonly { uuid: string; names: readonly { culture: string; value: string }[] }[];
  readonly userprofiles: readonly {
    uuid: string;
    names: readonly { culture: string; value: string }[];
  }[];
  readonly customAxes: readonly {
    company: string;
    uuid: string;
    names: readonly { culture: string; value: string }[];
  }[];
}

/** The reference data of a simulator state, as `loadReferences` would read it. */
export function referencesFromState(state: StateReferences): ReferenceData {
  const customAxes: Record<
    string,
    { uuid: string; names: StateReferences['roles'][number]['names'] }[]
  > = {};
  for (const company of state.companies) customAxes[company.uuid] = [];
  for (const axe of state.customAxes)
    customAxes[axe.company]?.push({ uuid: axe.uuid, names: axe.names });
  return {
    companies: state.companies,
    roles: state.roles,
    profiles: state.userprofiles,
    customAxes,
  };
}
