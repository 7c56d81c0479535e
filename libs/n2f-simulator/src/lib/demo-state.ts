import type { LocalizedName, SimulatorState, StateUser } from './types.js';

const names = (fr: string, nl: string, en: string): LocalizedName[] => [
  { culture: 'fr', value: fr },
  { culture: 'nl', value: nl },
  { culture: 'en', value: en },
];

const serviceAccount = (
  uuid: string,
  mail: string,
  firstname: string,
  profile: string,
): StateUser => ({
  uuid,
  mail,
  firstname,
  lastname: 'N2F',
  company: 'MTAwMQ==',
  role: 'cm9sZS0z',
  profile,
  managerMail: null,
  culture: 'fr',
  currencyIsoCode: 'EUR',
  authMode: 'Integrated',
});

/**
 * The built-in demo account: client `demo` / `demo-secret`, companies BE10 and NL20, three roles,
 * three profiles, a plate and a sub-post axe per company, two service accounts, no axe values.
 * The shipped Agresso sample data and the CLI demo rely on it exactly.
 */
export function demoState(): SimulatorState {
  return {
    clients: [{ clientId: 'demo', clientSecret: 'demo-secret' }],
    companies: [
      { uuid: 'MTAwMQ==', code: 'BE10', name: 'Iris Services Belgium' },
      { uuid: 'MTAwMg==', code: 'NL20', name: 'Iris Nederland' },
    ],
    roles: [
      { uuid: 'cm9sZS0x', names: names('Utilisateur', 'Gebruiker', 'User') },
      { uuid: 'cm9sZS0y', names: names('Manager', 'Manager', 'Manager') },
      { uuid: 'cm9sZS0z', names: names('Administrateur', 'Beheerder', 'Administrator') },
    ],
    userprofiles: [
      { uuid: 'cHJvZi0x', names: names('Standard', 'Standaard', 'Standard') },
      { uuid: 'cHJvZi0y', names: names('Cadre', 'Kader', 'Executive') },
      { uuid: 'cHJvZi0z', names: names('Direction', 'Directie', 'Management') },
    ],
    customAxes: [
      {
        company: 'MTAwMQ==',
        uuid: 'YXhlLWJlLXBsYXF1ZQ==',
        names: names('Plaque', 'Nummerplaat', 'Plate'),
      },
      {
        company: 'MTAwMQ==',
        uuid: 'YXhlLWJlLXN1YnBvc3Q=',
        names: names('Subpost', 'Subpost', 'Sub-post'),
      },
      {
        company: 'MTAwMg==',
        uuid: 'YXhlLW5sLXBsYXF1ZQ==',
        names: names('Plaque', 'Nummerplaat', 'Plate'),
      },
      {
        company: 'MTAwMg==',
        uuid: 'YXhlLW5sLXN1YnBvc3Q=',
        names: names('Subpost', 'Subpost', 'Sub-post'),
      },
    ],
    users: [
      serviceAccount('dXNlci1hZG1pbg==', 'admin@n2f-demo.example', 'Admin', 'cHJvZi0z'),
      serviceAccount('dXNlci1hcGk=', 'api@n2f-demo.example', 'API', 'cHJvZi0x'),
    ],
    axeValues: [],
  };
}
