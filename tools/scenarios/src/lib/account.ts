import type { ScenarioName, ScenarioState } from './types.js';

const names = (fr: string, nl: string, en: string): ScenarioName[] => [
  { culture: 'fr', value: fr },
  { culture: 'nl', value: nl },
  { culture: 'en', value: en },
];

/** The demo account's roles: uuid and labels in fr, nl, en. */
export const ROLES: ScenarioState['roles'] = [
  { uuid: 'cm9sZS0x', names: names('Utilisateur', 'Gebruiker', 'User') },
  { uuid: 'cm9sZS0y', names: names('Manager', 'Manager', 'Manager') },
  { uuid: 'cm9sZS0z', names: names('Administrateur', 'Beheerder', 'Administrator') },
];

/** The demo account's user profiles. */
export const PROFILES: ScenarioState['userprofiles'] = [
  { uuid: 'cHJvZi0x', names: names('Standard', 'Standaard', 'Standard') },
  { uuid: 'cHJvZi0y', names: names('Cadre', 'Kader', 'Executive') },
  { uuid: 'cHJvZi0z', names: names('Direction', 'Directie', 'Management') },
];

/** The demo service accounts: in N2F, never in Agresso, to be protected. */
export const SERVICE_ACCOUNTS: readonly string[] = [
  'admin@n2f-demo.example',
  'api@n2f-demo.example',
];

/** Companies (demo BE10 and NL20 first), their plaque and subpost custom axes, and the demo client. */
export function accountState(companies: number): Omit<ScenarioState, 'users' | 'axeValues'> {
  const list = Array.from({ length: companies }, (_, i) => company(i));
  return {
    clients: [{ clientId: 'demo', clientSecret: 'demo-secret' }],
    companies: list,
    roles: ROLES,
    userprofiles: PROFILES,
    customAxes: list.flatMap((c) => [
      {
        company: c.uuid,
        uuid: customAxeUuid(c.code, 'plaque'),
        names: names('Plaque', 'Nummerplaat', 'Plate'),
      },
      {
        company: c.uuid,
        uuid: customAxeUuid(c.code, 'subpost'),
        names: names('Subpost', 'Subpost', 'Sub-post'),
      },
    ]),
  };
}

/** The uuid of a company's custom axe: different in every company, as the spec warns. */
export function customAxeUuid(companyCode: string, axe: 'plaque' | 'subpost'): string {
  return Buffer.from(`axe-${companyCode.toLowerCase()}-${axe}`).toString('base64');
}

function company(i: number): { uuid: string; code: string; name: string } {
  const code = i === 0 ? 'BE10' : i === 1 ? 'NL20' : `C${String(i + 1).padStart(3, '0')}`;
  const name = i === 0 ? 'Iris Services Belgium' : i === 1 ? 'Iris Nederland' : `Company ${code}`;
  return { uuid: Buffer.from(String(1001 + i)).toString('base64'), code, name };
}
