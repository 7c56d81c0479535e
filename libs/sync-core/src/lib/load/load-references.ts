import type { N2fClient } from '@n2f/n2f-client';
import { withSignal } from './with-signal.js';
import type { LabelledInput, ReferenceData } from '../references/reference-data.js';

/**
 * Reads the reference data every scope needs: companies, roles, user profiles and the custom
 * axes of every company (all pages). Plain JSON, so the orchestrator can cache it.
 * @example const references = await loadReferences(client, signal);
 */
export async function loadReferences(
  client: N2fClient,
  signal?: AbortSignal,
): Promise<ReferenceData> {
  const options = withSignal(signal);
  const companies = (await client.listCompanies(options)).items.map((company) => ({
    uuid: company.uuid,
    code: company.code,
    name: company.name ?? null,
  }));
  const roles = labelled(await client.listRoles(options));
  const profiles = labelled(await client.listUserProfiles(options));
  const customAxes: Record<string, readonly LabelledInput[]> = {};
  for (const company of companies)
    customAxes[company.uuid] = labelled((await client.listCustomAxes(company.uuid, options)).items);
  return { companies, roles, profiles, customAxes };
}

// Keeps only what resolution needs, so cached reference data stays small.
function labelled(items: readonly LabelledInput[]): LabelledInput[] {
  return items.map((item) => ({
    uuid: item.uuid,
    names: item.names.map((name) => ({ culture: name.culture, value: name.value })),
  }));
}
