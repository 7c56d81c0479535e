/** A users-view row (`iris_N2F_User`) as plain data, with the Agresso column names. */
export interface ScenarioUserRow {
  AdresseEmail: string | null;
  Prenom: string | null;
  Nom: string | null;
  Entreprise: string | null;
  Fonction: string | null;
  Role: string | null;
  Profil: string | null;
  Manager: string | null;
  Compte_Auxiliaire_Agresso: string | null;
  Moyen_Paiement_Prof: boolean | number | string | null;
  Compte_Auxiliaire2: string | null;
  Matricule: string | null;
  Centre_Cout: string | null;
  Creation_Vehicule: boolean | number | string | null;
  Appro_Veh_Adm: boolean | number | string | null;
  Deduction_Distance_TravDom: boolean | number | string | null;
  Distance_TravDom: number | string | null;
  Devise: string | null;
  langue: string | null;
  Structure: string | null;
  Champs_Liaison_SSO: string | null;
  Droit_Relever_Plafond: boolean | number | string | null;
  Methode_SSO: string | null;
  Update_Champs_Perso: boolean | number | string | null;
  Nouveau_Email: string | null;
  Action: string | null;
  CompanyID: string | number | null;
  LocationID: string | number | null;
  DivisionID: string | number | null;
}

/** An analytics-view row (`iris_N2F_Analytics`) as plain data. */
export interface ScenarioAnalyticsRow {
  typ: string | null;
  client: string | null;
  code: string | null;
  description: string | null;
  status: string | null;
  date_from: string | null;
  date_to: string | null;
}

/** A label in one culture. */
export type ScenarioName = {
  culture: string;
  value: string;
};

/** An N2F user in the simulator's state shape (`role`/`profile` are uuids there). A type, so it fits index-signature record types. */
export type ScenarioN2fUser = {
  mail: string;
  firstname: string | null;
  lastname: string | null;
  company: string;
  role: string;
  profile: string;
  managerMail: string | null;
  canCreateVehicle: boolean;
  personnalCarHaveToBeApproved: boolean;
  removeHomeWorkDistance: boolean;
  culture: string | null;
  currencyIsoCode: string | null;
  jobTitle: string | null;
  employeeNumber: string | null;
  structure: string | null;
  gotProPayment: boolean;
  accountingAuxiliaryAccount: string | null;
  canRaiseLimits: boolean;
  authMode: string | null;
};

/** An axe value in the simulator's state shape: `company` uuid, `axe` = `projects` or a custom-axe uuid. */
export type ScenarioAxeValue = {
  company: string;
  axe: string;
  code: string;
  names: ScenarioName[];
  validityDateFrom: string | null;
  validityDateTo: string | null;
};

/** The simulator's JSON state (`libs/n2f-simulator`): the whole N2F account. */
export interface ScenarioState {
  clients: { clientId: string; clientSecret: string }[];
  companies: { uuid: string; code: string; name: string }[];
  roles: { uuid: string; names: ScenarioName[] }[];
  userprofiles: { uuid: string; names: ScenarioName[] }[];
  customAxes: { company: string; uuid: string; names: ScenarioName[] }[];
  users: ScenarioN2fUser[];
  axeValues: ScenarioAxeValue[];
}

/** What a plan of one scope must find (with create, update and delete asked). */
export interface ExpectedCounts {
  creates: number;
  /** Includes one follow-up update per manager cycle. */
  updates: number;
  /** Deletes that are not protected. */
  deletes: number;
  protected: number;
  unchanged: number;
  /** Rejected source rows (duplicates included). */
  invalid: number;
}

/** The scenario's ground truth, per scope, plus the warnings it plants. */
export interface ScenarioExpected {
  users: ExpectedCounts;
  projects: ExpectedCounts;
  plates: ExpectedCounts;
  subposts: ExpectedCounts;
  /** Users whose manager exists nowhere. */
  unknownManagers: number;
  cycles: number;
}

/** Matching Agresso rows and N2F state, and what a plan must find. */
export interface Scenario {
  agresso: { users: ScenarioUserRow[]; analytics: ScenarioAnalyticsRow[] };
  n2f: ScenarioState;
  /** Addresses that must never be deleted (the service accounts). */
  protected: string[];
  expected: ScenarioExpected;
}
