import type { AgressoAnalyticsRow, AgressoUserRow, SourceRecord } from '@n2f/agresso-source';
import type { N2fUser } from '@n2f/n2f-client';
import type { ReferenceData } from '../lib/references/reference-data.js';

const names = (fr: string, nl: string, en: string) => [
  { culture: 'fr', value: fr },
  { culture: 'nl', value: nl },
  { culture: 'en', value: en },
];

/** The demo account's reference data (demo-account.md). */
export const demoReferences: ReferenceData = {
  companies: [
    { uuid: 'MTAwMQ==', code: 'BE10', name: 'Iris Services Belgium' },
    { uuid: 'MTAwMg==', code: 'NL20', name: 'Iris Nederland' },
  ],
  roles: [
    { uuid: 'cm9sZS0x', names: names('Utilisateur', 'Gebruiker', 'User') },
    { uuid: 'cm9sZS0y', names: names('Manager', 'Manager', 'Manager') },
    { uuid: 'cm9sZS0z', names: names('Administrateur', 'Beheerder', 'Administrator') },
  ],
  profiles: [
    { uuid: 'cHJvZi0x', names: names('Standard', 'Standaard', 'Standard') },
    { uuid: 'cHJvZi0y', names: names('Cadre', 'Kader', 'Executive') },
    { uuid: 'cHJvZi0z', names: names('Direction', 'Directie', 'Management') },
  ],
  customAxes: {
    'MTAwMQ==': [
      { uuid: 'YXhlLWJlLXBsYXF1ZQ==', names: names('Plaque', 'Nummerplaat', 'Plate') },
      { uuid: 'YXhlLWJlLXN1YnBvc3Q=', names: names('Subpost', 'Subpost', 'Sub-post') },
    ],
    'MTAwMg==': [
      { uuid: 'YXhlLW5sLXBsYXF1ZQ==', names: names('Plaque', 'Nummerplaat', 'Plate') },
      { uuid: 'YXhlLW5sLXN1YnBvc3Q=', names: names('Subpost', 'Subpost', 'Sub-post') },
    ],
  },
};

/** A complete, valid Agresso user row; `overrides` replace columns. */
export function userRow(
  mail: string,
  overrides: Partial<Record<keyof AgressoUserRow, unknown>> = {},
): AgressoUserRow {
  return {
    AdresseEmail: mail,
    Prenom: 'Ann',
    Nom: 'Peeters',
    Entreprise: 'BE10',
    Fonction: 'Consultant',
    Role: 'Utilisateur',
    Profil: 'Standard',
    Manager: null,
    Compte_Auxiliaire_Agresso: null,
    Moyen_Paiement_Prof: 0,
    Compte_Auxiliaire2: null,
    Matricule: '1001',
    Centre_Cout: null,
    Creation_Vehicule: 'N',
    Appro_Veh_Adm: 'Y',
    Deduction_Distance_TravDom: false,
    Distance_TravDom: null,
    Devise: 'eur',
    langue: 'FR',
    Structure: null,
    Champs_Liaison_SSO: null,
    Droit_Relever_Plafond: 'non',
    Methode_SSO: 'Saml',
    Update_Champs_Perso: null,
    Nouveau_Email: null,
    Action: null,
    CompanyID: null,
    LocationID: null,
    DivisionID: null,
    ...overrides,
  } as AgressoUserRow;
}

/** What N2F returns for `userRow(mail)` once written (role and profile as labels). */
export function n2fUser(mail: string, overrides: Partial<Record<string, unknown>> = {}): N2fUser {
  return {
    mail,
    firstname: 'Ann',
    lastname: 'Peeters',
    company: 'MTAwMQ==',
    role: 'Utilisateur',
    profile: 'Standard',
    managerMail: null,
    canCreateVehicle: false,
    personnalCarHaveToBeApproved: true,
    removeHomeWorkDistance: false,
    culture: 'fr',
    currencyIsoCode: 'EUR',
    jobTitle: 'Consultant',
    employeeNumber: '1001',
    structure: 'L3',
    gotProPayment: false,
    accountingAuxiliaryAccount: null,
    canRaiseLimits: false,
    authMode: 'Sso',
    ...overrides,
  };
}

/** An analytics row. */
export function analyticsRow(
  typ: string,
  client: string,
  code: string,
  overrides: Partial<AgressoAnalyticsRow> = {},
): AgressoAnalyticsRow {
  return {
    typ,
    client,
    code,
    description: `Value ${code}`,
    status: 'N',
    date_from: '2025-01-01',
    date_to: '2099-12-31',
    ...overrides,
  };
}

/** Wraps rows as valid source records numbered from 1. */
export function records<T>(rows: readonly T[]): SourceRecord<T>[] {
  return rows.map((row, i) => ({ valid: true, rowNumber: i + 1, row }));
}
